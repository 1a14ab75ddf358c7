// The pages behind one-time links, for Zalo users whose chat cannot carry files:
//   GET  /u/<token>  a form to send the unit's list (.xlsx or .csv), or a report's evidence document
//   POST /u/<token>  the list checked: the same feedback as in chat, and the annotated copy
//   GET  /d/<token>  a file dondoc made, once
// Vietnamese first, usable on a phone, no external assets. Expired, used or forged links
// get a page that says so, and no data.
import type { IncomingMessage, ServerResponse } from "node:http";
import busboy from "busboy";
import { fail, ok, type Result } from "../domain/result.ts";
import { translator, type Translate } from "../i18n/index.ts";
import { takeDownload } from "../services/file-link-service.ts";
import { receiveUpload, uploadPage } from "../services/upload-service.ts";
import { DEFAULT_LIMITS } from "../domain/limits.ts";
import type { Route } from "./server.ts";

export interface PageDeps {
  /** The database the services work on (the web layer never queries it itself). */
  db: Parameters<typeof uploadPage>[0];
  /** The public base URL of this server, for the links it hands out. */
  base: string;
  now: () => Date;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:16px;background:#f4f6f8;color:#1d2733;line-height:1.5}
main{max-width:640px;margin:0 auto;background:#fff;border-radius:12px;padding:20px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
h1{font-size:1.3rem;margin-top:0}input[type=file]{display:block;width:100%;margin:12px 0;font-size:1rem}
button,a.button{display:inline-block;background:#0b63c5;color:#fff;border:0;border-radius:8px;padding:12px 18px;font-size:1rem;text-decoration:none}
pre{white-space:pre-wrap;word-wrap:break-word;font-family:inherit;background:#f7f9fb;border-radius:8px;padding:12px}
.error{color:#b3261e}`;

function page(res: ServerResponse, status: number, t: Translate, title: string, body: string): void {
  const html = `<!doctype html><html lang="${escape(t("page-lang"))}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
  res
    .writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    })
    .end(html);
}

const vi = translator("vi");

function problemPage(res: ServerResponse, code: string): void {
  page(
    res,
    code === "link-unknown" ? 404 : 410,
    vi,
    vi("page-link-title"),
    `<p class="error">${escape(vi(`page-${code}`))}</p>`,
  );
}

/** The accept attribute of the file input: a list, or the kinds of documents taken as evidence. */
const ACCEPT = { list: ".xlsx,.csv", evidence: ".pdf,.docx,.doc,.xlsx,.xls,.png,.jpg,.jpeg" };

function form(t: Translate, unit: string, task: string | null, error?: string): string {
  const intro = task ? t("page-evidence-intro", { unit, ref: task }) : t("page-upload-intro", { unit });
  return [
    `<p>${escape(intro)}</p>`,
    error ? `<p class="error">${escape(error)}</p>` : "",
    `<form method="post" enctype="multipart/form-data"><label for="file">${escape(t("page-upload-label"))}</label>`,
    `<input id="file" name="file" type="file" accept="${task ? ACCEPT.evidence : ACCEPT.list}" required><button type="submit">${escape(t(task ? "page-evidence-button" : "page-upload-button"))}</button></form>`,
    `<p><small>${escape(t("page-upload-note"))}</small></p>`,
  ].join("");
}

/** The one file of a multipart form, refused past the size limit. */
function readUpload(req: IncomingMessage): Promise<Result<{ name: string; content: Buffer }>> {
  return new Promise((resolve) => {
    let file: { name: string; content: Buffer } | null = null;
    let tooLarge = false;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: DEFAULT_LIMITS.maxBytes, fields: 4, parts: 5, fieldSize: 1024 },
      });
    } catch {
      return resolve(fail("not-xlsx"));
    }
    parser.on("file", (_, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => (tooLarge = true));
      stream.on("end", () => (file = { name: info.filename || "danh-sach.xlsx", content: Buffer.concat(chunks) }));
    });
    parser.on("close", () => {
      if (tooLarge) resolve(fail("file-too-large", { max: DEFAULT_LIMITS.maxBytes / 1024 / 1024 }));
      else resolve(file && file.content.length > 0 ? ok(file) : fail("upload-no-file"));
    });
    parser.on("error", () => resolve(fail("corrupt-file")));
    req.pipe(parser);
  });
}

const tokenOf = (path: string) => path.split("/")[2] ?? "";

export function uploadRoutes(deps: PageDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/u/",
      prefix: true,
      async handle(_req, res, path) {
        const opened = await uploadPage(deps.db, tokenOf(path), deps.now());
        if (!opened.ok) return problemPage(res, opened.error.code);
        page(
          res,
          200,
          opened.value.t,
          opened.value.t("page-upload-title"),
          form(opened.value.t, opened.value.unit, opened.value.task),
        );
      },
    },
    {
      method: "POST",
      path: "/u/",
      prefix: true,
      async handle(req, res, path) {
        const token = tokenOf(path);
        const opened = await uploadPage(deps.db, token, deps.now());
        if (!opened.ok) {
          req.resume();
          return problemPage(res, opened.error.code);
        }
        const { t, unit, task } = opened.value;
        const file = await readUpload(req);
        const result = file.ok ? await receiveUpload(deps.db, token, file.value, deps.now(), deps.base) : file;
        if (!result.ok) {
          if (result.error.code.startsWith("link-")) return problemPage(res, result.error.code);
          return page(
            res,
            422,
            t,
            t("page-upload-title"),
            form(t, unit, task, t(`error-${result.error.code}`, result.error.args)),
          );
        }
        const download = result.value.download
          ? `<p><a class="button" id="download" href="${escape(result.value.download)}">${escape(t("page-download"))}</a></p>`
          : "";
        page(
          res,
          200,
          t,
          t("page-result-title"),
          `<pre id="feedback">${escape(result.value.summary)}</pre>${download}<p>${escape(t("page-result-chat"))}</p>`,
        );
      },
    },
    {
      method: "GET",
      path: "/d/",
      prefix: true,
      async handle(_req, res, path) {
        const file = await takeDownload(deps.db, tokenOf(path), deps.now());
        if (!file.ok) return problemPage(res, file.error.code);
        res
          .writeHead(200, {
            "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.value.name)}`,
            "cache-control": "no-store",
          })
          .end(file.value.content);
      },
    },
  ];
}
