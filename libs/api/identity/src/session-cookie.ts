import { AppConfig, SESSION_COOKIE } from '@commonground/api-core';
import type { Request, Response } from 'express';
import type { RequestMeta } from './account.service';

/** httpOnly, SameSite=Lax, Secure when served over https. */
export function setSessionCookie(res: Response, token: string, config: AppConfig) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.publicUrl.startsWith('https:'),
    path: '/',
    maxAge: config.sessionTtlHours * 3600_000,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:'), path: '/' });
}

export const requestMeta = (req: Request): RequestMeta => ({
  ip: req.ip ?? req.socket?.remoteAddress ?? null,
  userAgent: req.get?.('user-agent') ?? null,
});
