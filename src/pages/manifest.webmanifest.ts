/**
 * The web app manifest: "Add to Home Screen" opens the planner like an app.
 * Start URL, scope and icons sit under the deployment's base path.
 */
import type { APIRoute } from 'astro';
import { href } from '../paths';

/** The manifest as JSON, built once at build time. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: 'Wise Follow-Up',
      short_name: 'Follow-Up',
      description: 'Lessons, message writers and a follow-up planner for your job search.',
      id: href('/planner/'),
      start_url: href('/planner/'),
      scope: href('/'),
      display: 'standalone',
      background_color: '#fdfcf9',
      theme_color: '#1f5f8b',
      icons: [
        { src: href('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: href('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: href('/icons/maskable-512.png'),
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
