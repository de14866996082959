/** How a copy ended: on the clipboard, or selected for the reader to copy with the keyboard. */
export type CopyResult = 'copied' | 'selected';

/**
 * Copies the text of a field: with the Clipboard API where there is one (it needs a secure context),
 * else by selecting the text and running the older copy command; when both fail, the text is left
 * selected so that the reader can press Ctrl+C.
 */
export async function copyField(field: HTMLTextAreaElement | HTMLInputElement): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(field.value);
      return 'copied';
    }
  } catch {
    // Refused (no permission, no focus): fall back to the copy command below.
  }
  field.focus();
  field.select();
  try {
    if (field.ownerDocument.execCommand('copy')) return 'copied';
  } catch {
    // Some browsers throw instead of returning false.
  }
  return 'selected';
}

/** What the status line says after a copy. */
export const copyMessage = (result: CopyResult, what: string): string =>
  result === 'copied' ? `${what} copied.` : `${what} selected: press Ctrl+C (⌘C on a Mac) to copy.`;
