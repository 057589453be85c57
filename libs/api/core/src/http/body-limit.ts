import express, { NextFunction, Request, Response } from 'express';

/**
 * JSON bodies up to `limit` bytes. A larger body is answered with
 * PAYLOAD_TOO_LARGE in the GraphQL error shape (413) instead of Express's
 * HTML page; malformed JSON gets BAD_USER_INPUT.
 */
export function jsonBodyWithLimit(limit: number) {
  const parse = express.json({ limit });
  return (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const e = error as { type?: string; status?: number };
      if (e.type === 'entity.too.large') {
        return res.status(413).json({
          errors: [{ message: `The request is larger than ${limit} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
        });
      }
      return res.status(400).json({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }],
      });
    });
  };
}
