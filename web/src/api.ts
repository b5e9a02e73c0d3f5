/**
 * The browser's side of the JSON API. Every state-changing request carries the
 * `X-Hearback` header: a page on another site cannot add a custom header without a CORS
 * preflight, which the server never grants, so this is the CSRF guard (with the Origin check).
 */
import type { ErrorBody } from "../../src/server/api-types.js";
import { problemsByField } from "./problems.js";

export class ApiError extends Error {
  readonly status: number;
  readonly problems: readonly string[];
  constructor(status: number, message: string, problems: readonly string[]) {
    super(message);
    this.status = status;
    this.problems = problems;
  }
}

/** Called when a team server says the session is over (set by the app in team mode). */
let signedOut: (() => void) | undefined;
export function onSignedOut(handler: (() => void) | undefined): void {
  signedOut = handler;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET") headers["x-hearback"] = "1";
  let payload: string | undefined;
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const res = await fetch(`/api${path}`, {
    method,
    headers,
    body: payload,
    credentials: "same-origin",
  });
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    if (res.status === 401 && path !== "/session") signedOut?.();
    const err = (data as ErrorBody | undefined)?.error;
    throw new ApiError(res.status, err?.message ?? `HTTP ${res.status}`, err?.problems ?? []);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};

/**
 * Text for an error shown to the user: each problem on its own line, fields named by their
 * labels ("Interviewer 1's email: not an email address").
 */
export function errorText(err: unknown): string {
  return [...problemsByField(err).values()].join("\n");
}

export const enc = encodeURIComponent;

/** Hands text to the browser as a file download named `filename`. */
export function saveFile(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
