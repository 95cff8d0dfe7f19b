import { useText } from './i18n';

/** A moment as the desk's reader reads it: in their language, on their clock. */
export function useDateTime(): (iso: string) => string {
  const { language } = useText();
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  return (iso) => new Date(iso).toLocaleString(locale);
}
