import express, { Express, NextFunction, Request, Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';

const API_PREFIXES = ['/graphql', '/api/', '/feeds/', '/health/'];

/**
 * Serves the built web client: hashed assets with a long cache, index.html
 * for every other GET that is not an API route (client-side routing).
 */
export function serveWebClient(app: Express, dist: string | undefined): boolean {
  if (!dist || !fs.existsSync(path.join(dist, 'index.html'))) return false;
  app.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use(express.static(dist, { index: false, maxAge: 0 }));
  const indexHtml = path.join(dist, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}
