/** Keeps the page's `<html lang>` and title in step with the language the background chose. */
import { useEffect } from 'preact/hooks';
import type { Lang } from '../i18n/lang';

export function useDocumentLang(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}

