/** Downloads of the ready-made configurations: the Apple profile (asks for the address first) and Thunderbird's autoconfig. */
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import type { Translate } from '../../strings';
import {
  academyAddress,
  AUTOCONFIG_FILE,
  AUTOCONFIG_TYPE,
  mobileconfig,
  mobileconfigFileName,
  MOBILECONFIG_TYPE,
  thunderbirdAutoconfig,
  unconfirmedValues,
} from '../../mail/profile';
import type { Pack } from '../../rules/schema';
import { ToConfirm } from '../parts';
import { saveFile, type SaveFile } from './download';

export function Profiles({ t, lang, pack, save = saveFile }: { t: Translate; lang: Lang; pack: Pack; save?: SaveFile }) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState(false);
  const unsure = unconfirmedValues(pack);

  const downloadProfile = () => {
    const clean = academyAddress(address, pack);
    setProblem(clean === null);
    if (clean === null) {
      document.getElementById('profile-address')?.focus();
      return;
    }
    save(mobileconfigFileName(pack, clean), MOBILECONFIG_TYPE, mobileconfig(pack, clean, lang));
  };

  return (
    <>
      <p>{t('mail_profilesIntro')}</p>
      {unsure.length > 0 && (
        <p class="hint" data-unconfirmed={unsure.join(' ')}>
          <ToConfirm t={t} /> {t('mail_profilesUnsure', unsure.join(', '))}
        </p>
      )}
      <div class="download">
        <div class="field">
          <label for="profile-address">{t('mail_profileAddress')}</label>
          <input
            id="profile-address"
            type="email"
            autocomplete="email"
            autocapitalize="none"
            spellcheck={false}
            aria-describedby="profile-address-hint profile-address-problem"
            aria-invalid={problem || undefined}
            value={address}
            onInput={(e) => {
              setAddress(e.currentTarget.value);
              setProblem(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') downloadProfile();
            }}
          />
          <p id="profile-address-hint" class="hint">
            {t('mail_profileAddressHint', pack.academy.addressFormat.value)}
          </p>
          <p id="profile-address-problem" class="problem" role="alert">
            {problem ? t('mail_profileAddressInvalid', pack.academy.mailDomain) : ''}
          </p>
        </div>
        <p>
          <button type="button" class="button" data-action="download-mobileconfig" onClick={downloadProfile}>
            {t('mail_downloadProfile')}
          </button>
        </p>
        <p class="hint">{t('mail_profileNote')}</p>
      </div>
      <div class="download">
        <p>
          <button
            type="button"
            class="button button-secondary"
            data-action="download-autoconfig"
            onClick={() => save(AUTOCONFIG_FILE, AUTOCONFIG_TYPE, thunderbirdAutoconfig(pack, lang))}
          >
            {t('mail_downloadAutoconfig')}
          </button>
        </p>
      </div>
    </>
  );
}
