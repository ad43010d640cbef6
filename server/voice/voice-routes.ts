// The voice API and the clips a display loads.
//   GET    /api/sites/:siteId/voice/:locale                 the recording kit: every clip, recorded or not
//   PUT    /api/sites/:siteId/voice/:locale                 a zip of clips replaces the centre's pack
//   PUT    /api/sites/:siteId/voice/:locale/clips/:clipId   one WAV/Ogg clip (recorded in the browser)
//   DELETE /api/sites/:siteId/voice/:locale/clips/:clipId   back to the built-in clip
//   DELETE /api/sites/:siteId/voice/:locale                 back to the built-in voice
//   GET    /api/sites/:siteId/voice/:locale/download        the centre's clips as a zip
//   GET    /clips/:locale/manifest.json                     own clips over the built-in pack, for the
//                                                           caller's site (a paired display, or ?site=);
//                                                           ?pack=builtin: the built-in pack only
//   GET    /clips/:locale/c-<hash>.<ext>                    a stored recording
// Uploads are checked whole: any problem refuses the upload and lists every problem.
import { existsSync } from 'node:fs';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { isVoiceLocale } from '../../shared/voice/clip-pack.js';
import type { VoiceLocale } from '../../shared/voice/vocabulary.js';
import type { Principal } from '../auth/principal.js';
import { param } from '../http/validate.js';
import type { Logger } from '../services/ports.js';
import type { QueueService } from '../services/queue-service.js';
import { ServiceError } from '../services/service-error.js';
import { type ClipProblem, checkClip, checkPackZip, MAX_CLIP_BYTES, MAX_ZIP_BYTES } from './pack-rules.js';
import { STORED_CLIP, type VoicePackStore } from './pack-store.js';

function localeOf(value: unknown): VoiceLocale {
  if (typeof value !== 'string' || !isVoiceLocale(value)) {
    throw new ServiceError(404, 'not_found', 'Không có giọng đọc cho ngôn ngữ này (vi, en, km).');
  }
  return value;
}

function refused(problems: readonly ClipProblem[]): ServiceError {
  const list = problems.slice(0, 50);
  return new ServiceError(
    400,
    'invalid_input',
    `Gói âm thanh chưa dùng được: ${problems.length} lỗi (${list
      .slice(0, 3)
      .map((p) => `${p.file || 'tệp zip'}: ${p.message}`)
      .join('; ')}${problems.length > 3 ? '; …' : ''}).`,
    { problems: list },
  );
}

function bodyOf(req: Request): Uint8Array {
  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (body.length === 0) throw new ServiceError(400, 'invalid_input', 'Tệp trống.');
  return new Uint8Array(body.buffer, body.byteOffset, body.length);
}

/** The site whose voice a /clips request wants: a paired device's, or ?site= (public data). */
function siteOfRequest(req: Request): string | null {
  const principal: Principal = req.principal;
  if (principal.kind === 'device') return principal.device.siteId;
  const site = req.query.site;
  return typeof site === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(site) ? site : null;
}

/** The voice a display asked for (?pack=centre|builtin, default centre); anything else is refused. */
export function packChoice(req: Request): 'centre' | 'builtin' {
  const pack = req.query.pack;
  if (pack === undefined || pack === 'centre') return 'centre';
  if (pack === 'builtin') return 'builtin';
  throw new ServiceError(400, 'invalid_input', 'Giọng đọc không hợp lệ: pack=centre hoặc pack=builtin.', {
    field: 'pack',
  });
}

export function voiceRoutes(
  packs: VoicePackStore | null,
  queue: QueueService,
  clock: () => number,
  logger: Logger,
): Router {
  const router = Router();
  const store = (): VoicePackStore => {
    if (!packs)
      throw new ServiceError(503, 'site_unavailable', 'Máy chủ không có thư mục dữ liệu cho giọng đọc.');
    return packs;
  };
  const target = (req: Request) => {
    const siteId = param(req.params.siteId, 'trung tâm');
    queue.check(req.principal, 'config:manage', siteId);
    return { siteId, locale: localeOf(req.params.locale) };
  };
  const raw = (limit: number) => express.raw({ type: () => true, limit });

  router.get('/api/sites/:siteId/voice/:locale', async (req: Request, res: Response) => {
    const { siteId, locale } = target(req);
    res.json(await store().status(siteId, locale));
  });

  router.put('/api/sites/:siteId/voice/:locale', raw(MAX_ZIP_BYTES), async (req: Request, res: Response) => {
    const { siteId, locale } = target(req);
    const checked = await checkPackZip(locale, bodyOf(req));
    if (checked.problems.length > 0) throw refused(checked.problems);
    if (checked.clips.length === 0) {
      throw refused([{ file: '', code: 'bad_name', message: 'the zip holds no clip (<clip id>.wav|.ogg)' }]);
    }
    await store().replace(siteId, locale, checked.clips, clock());
    logger.info({ siteId, locale, clips: checked.clips.length }, 'voice pack uploaded');
    res.json(await store().status(siteId, locale));
  });

  router.put(
    '/api/sites/:siteId/voice/:locale/clips/:clipId',
    raw(MAX_CLIP_BYTES),
    async (req: Request, res: Response) => {
      const { siteId, locale } = target(req);
      const id = param(req.params.clipId, 'tệp âm thanh');
      const checked = checkClip(locale, id, bodyOf(req));
      if (!checked.clip) throw refused(checked.problems);
      await store().merge(siteId, locale, [checked.clip], clock());
      res.json(await store().status(siteId, locale));
    },
  );

  router.delete('/api/sites/:siteId/voice/:locale/clips/:clipId', async (req: Request, res: Response) => {
    const { siteId, locale } = target(req);
    await store().removeClip(siteId, locale, param(req.params.clipId, 'tệp âm thanh'), clock());
    res.json(await store().status(siteId, locale));
  });

  router.delete('/api/sites/:siteId/voice/:locale', async (req: Request, res: Response) => {
    const { siteId, locale } = target(req);
    await store().remove(siteId, locale);
    logger.info({ siteId, locale }, 'voice pack removed');
    res.json(await store().status(siteId, locale));
  });

  router.get('/api/sites/:siteId/voice/:locale/download', async (req: Request, res: Response) => {
    const { siteId, locale } = target(req);
    const zip = await store().zip(siteId, locale);
    if (!zip) throw new ServiceError(404, 'not_found', 'Trung tâm chưa có giọng đọc riêng cho ngôn ngữ này.');
    res.setHeader('content-disposition', `attachment; filename="giong-doc-${siteId}-${locale}.zip"`);
    res.type('application/zip').send(Buffer.from(zip));
  });

  router.get('/clips/:locale/manifest.json', async (req: Request, res: Response, next: NextFunction) => {
    const site = packChoice(req) === 'builtin' ? null : siteOfRequest(req);
    const locale = req.params.locale;
    if (!packs || site === null || typeof locale !== 'string' || !isVoiceLocale(locale)) return next();
    const manifest = await packs.mergedManifest(site, locale);
    if (!manifest) return next();
    res.setHeader('cache-control', 'no-cache');
    res.json(manifest);
  });

  router.get('/clips/:locale/:file', (req: Request, res: Response, next: NextFunction) => {
    const file = String(req.params.file);
    const path = packs && STORED_CLIP.test(file) ? packs.clipPath(file) : null;
    if (!path || !existsSync(path)) return next();
    res.sendFile(path, { maxAge: '30d', immutable: true });
  });

  return router;
}

/** Locales a site has its own pack for (added to /clips/index.json). */
export async function ownPackLocales(packs: VoicePackStore | null, req: Request): Promise<string[]> {
  const site = packChoice(req) === 'builtin' ? null : siteOfRequest(req);
  return packs && site ? packs.locales(site) : [];
}
