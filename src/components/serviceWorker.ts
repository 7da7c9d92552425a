/**
 * Registers the service worker once the page has loaded (so it never competes
 * with the page itself), and when a new version of the site is waiting, shows
 * the "A new version is ready: Reload" offer. The page reloads only when the
 * student presses Reload: nothing typed is lost behind their back.
 */
import { href } from '../paths';

function offerReload(waiting: ServiceWorker): void {
  const offer = document.getElementById('update-offer');
  if (!offer || !offer.hidden) return;
  offer.querySelector('button')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  offer.hidden = false;
}

if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(href('/sw.js')).then(
      (registration) => {
        // Waiting behind a page that already has a worker: a newer version.
        const check = () => {
          if (registration.waiting && navigator.serviceWorker.controller) {
            offerReload(registration.waiting);
          }
        };
        check();
        registration.addEventListener('updatefound', () =>
          registration.installing?.addEventListener('statechange', check),
        );
        // Look for a new version when the signal comes back or the tab is shown again.
        const update = () => registration.update().catch(() => {});
        addEventListener('online', update);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') void update();
        });
      },
      () => {}, // no worker (private mode, blocked): the site still works online
    );
  });
}
