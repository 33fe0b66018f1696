import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Lang } from '../i18n/lang';
import { PageShell } from './shell';
import { startPage } from './start';
import { mount, settle } from './testing/mount';

type View = { lang: Lang; text: string };

/** A load that answers when the test says. */
function deferred() {
  let answer!: (v: View) => void;
  let fail!: (e: Error) => void;
  const load = vi.fn(() => new Promise<View>((res, rej) => ((answer = res), (fail = rej))));
  return { load, answer: (v: View) => answer(v), fail: (e: Error) => fail(e) };
}

const shell = (load: () => Promise<View>, extra: Partial<Parameters<typeof PageShell<View>>[0]> = {}) => (
  <PageShell
    load={load}
    label="Test page"
    fallbackLang="en"
    title={(lang) => `title in ${lang}`}
    ready={(view) => <p data-state="ready">{view.text}</p>}
    error={(lang) => <p data-state="error">error in {lang}</p>}
    {...extra}
  />
);

describe('PageShell', () => {
  it('shows nothing while the background answers, then the page in its language, with <html lang> and the title', async () => {
    const { load, answer } = deferred();
    const el = mount(shell(load));
    expect(el.innerHTML).toBe('');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('title in en');
    await settle();
    answer({ lang: 'fr', text: 'bonjour' });
    await settle();
    expect(el.textContent).toBe('bonjour');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('title in fr');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('holds the place with the given placeholder while loading', () => {
    const el = mount(shell(deferred().load, { loading: <main aria-busy="true" data-state="loading" /> }));
    expect(el.querySelector('main[aria-busy="true"][data-state="loading"]')).not.toBeNull();
  });

  it('shows the error screen in the fallback language, and names the page in the console, when the background fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { load, fail } = deferred();
    const el = mount(shell(load, { fallbackLang: 'fr' }));
    fail(new Error('no worker'));
    await settle();
    expect(el.querySelector('[data-state="error"]')!.textContent).toBe('error in fr');
    expect(document.title).toBe('title in fr');
    expect(error).toHaveBeenCalledWith('Test page:', expect.any(Error));
    error.mockRestore();
  });

  it('without a title (a part of a page), leaves <html lang> and the title alone', async () => {
    document.title = 'the page’s own';
    document.documentElement.lang = 'fr';
    const el = mount(shell(async () => ({ lang: 'en', text: 'hello' }), { title: undefined }));
    await settle();
    expect(el.textContent).toBe('hello');
    expect(document.title).toBe('the page’s own');
    expect(document.documentElement.lang).toBe('fr');
  });
});

describe('startPage', () => {
  it('renders the page as one tree in #app, and nothing beside it, with the guide URL', () => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="app"></div>';
    let guide = '';
    startPage(({ guideUrl, fallbackLang }) => {
      guide = guideUrl;
      return (
        <div class="page">
          <p>main in {fallbackLang}</p>
          <section>second</section>
        </div>
      );
    });
    expect(document.body.children.length).toBe(1);
    const app = document.getElementById('app')!;
    expect(app.children.length).toBe(1);
    expect(app.textContent).toMatch(/^main in (fr|en)second$/);
    expect(guide).toMatch(/\/options\.html$/);
    document.body.innerHTML = '';
  });
});
