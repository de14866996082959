/**
 * Shows an entity's preview card beside a mention link while the pointer is over it or it has
 * keyboard focus. The card can be hovered, and Escape dismisses it (WCAG 1.4.13). Without this
 * script the links still work and the card is the link's accessible description.
 */
export function startMentionPreviews(root: Document): void {
  const popup = root.createElement('div');
  popup.className = 'preview-popup';
  popup.setAttribute('role', 'tooltip');
  popup.hidden = true;
  // Inside main, not at the end of body: content outside every landmark is lost to readers who move by landmark.
  // main is not positioned, so the card's absolute position is still relative to the page.
  (root.querySelector('main') ?? root.body).append(popup);
  let current: HTMLAnchorElement | undefined;
  let hideTimer: number | undefined;

  const show = (link: HTMLAnchorElement) => {
    window.clearTimeout(hideTimer);
    const card = root.getElementById(link.getAttribute('aria-describedby') ?? '');
    if (!card) return;
    current = link;
    popup.replaceChildren(...[...card.childNodes].map((n) => n.cloneNode(true)));
    popup.hidden = false;
    const box = link.getBoundingClientRect();
    const width = Math.min(popup.offsetWidth, root.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(box.left, root.documentElement.clientWidth - width - 8));
    popup.style.left = `${left + window.scrollX}px`;
    popup.style.top = `${box.bottom + window.scrollY + 6}px`;
  };
  const hide = () => {
    popup.hidden = true;
    current = undefined;
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 150);
  };
  const mentionOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.mention') ?? undefined : undefined;

  root.addEventListener('pointerover', (event) => {
    const link = mentionOf(event.target);
    if (link) show(link);
    else if (event.target instanceof Node && popup.contains(event.target)) window.clearTimeout(hideTimer);
  });
  root.addEventListener('pointerout', (event) => {
    if (mentionOf(event.target) || (event.target instanceof Node && popup.contains(event.target))) hideSoon();
  });
  root.addEventListener('focusin', (event) => {
    const link = mentionOf(event.target);
    if (link) show(link);
    else hide();
  });
  root.addEventListener('focusout', (event) => {
    if (mentionOf(event.target) === current) hide();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popup.hidden) hide();
  });
}
