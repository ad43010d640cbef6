// The /pair page a TV, kiosk or counter PC opens once: a plain HTML form (no script, works on the
// oldest TV browser) where the short code from the console is typed. Vietnamese with English.
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PairPageState {
  error?: 'invalid' | 'rate_limited' | 'bad_key';
  /** The name of the device this browser is paired as now, if any. */
  pairedAs?: string | null;
  code?: string;
}

const ERRORS: Record<NonNullable<PairPageState['error']>, [string, string]> = {
  invalid: [
    'Mã không đúng, đã dùng hoặc đã hết hạn. Hãy tạo mã mới trong trang quản trị.',
    'The code is wrong, used or expired. Create a new one in the console.',
  ],
  rate_limited: [
    'Nhập sai quá nhiều lần. Chờ một phút rồi thử lại.',
    'Too many attempts. Wait a minute and try again.',
  ],
  bad_key: [
    'Liên kết ghép nối không còn dùng được (khoá sai hoặc thiết bị đã bị thu hồi). Hãy nhập mã ghép nối.',
    'The pairing link no longer works (wrong key or revoked device). Type a pairing code instead.',
  ],
};

export function pairPage(state: PairPageState = {}): string {
  const error = state.error ? ERRORS[state.error] : null;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ghép nối thiết bị – Lượt</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f3f5f9;color:#111827;font-family:'Be Vietnam Pro',system-ui,sans-serif}
main{background:#fff;border-radius:16px;padding:40px 48px;max-width:720px;box-shadow:0 8px 30px rgb(0 0 0/.12)}
h1{margin:0 0 8px;font-size:2.2rem;color:#0b3d91}
p{font-size:1.25rem;line-height:1.5;margin:8px 0}
.en{color:#4b5563;font-size:1.05rem}
label{display:block;font-size:1.3rem;font-weight:600;margin-top:24px}
input{font:inherit;font-size:3rem;letter-spacing:.3em;text-transform:uppercase;width:100%;box-sizing:border-box;padding:12px 16px;margin-top:8px;border:3px solid #0b3d91;border-radius:12px;font-family:ui-monospace,monospace}
input:focus{outline:4px solid #ffbf47}
button{font:inherit;font-size:1.6rem;font-weight:700;margin-top:20px;width:100%;min-height:72px;border:0;border-radius:12px;background:#0b3d91;color:#fff}
button:focus{outline:4px solid #ffbf47}
.error{background:#fde8eb;color:#b00020;border-radius:10px;padding:12px 16px;font-weight:600}
.paired{background:#e3f4ea;color:#0f5132;border-radius:10px;padding:12px 16px}
</style></head><body><main>
<h1>Ghép nối thiết bị</h1>
<p>Nhập mã ghép nối hiện trong trang quản trị (Thiết bị → Tạo mã ghép nối).</p>
<p class="en" lang="en">Pair this screen: type the code shown in the admin console (Devices → Create a pairing code).</p>
${state.pairedAs ? `<p class="paired" data-testid="paired-as">Máy này đang là thiết bị: <strong>${escapeHtml(state.pairedAs)}</strong>. Nhập mã mới để đổi. <span lang="en">(Paired as ${escapeHtml(state.pairedAs)}.)</span></p>` : ''}
${error ? `<p class="error" role="alert" data-testid="pair-error">${error[0]}<br><span lang="en">${error[1]}</span></p>` : ''}
<form method="post" action="/pair" autocomplete="off">
<label for="code">Mã ghép nối <span class="en" lang="en">/ Pairing code</span></label>
<input id="code" name="code" data-testid="pair-code" required maxlength="12" autofocus autocapitalize="characters" spellcheck="false" value="${escapeHtml(state.code ?? '')}">
<button type="submit" data-testid="pair-submit">Ghép nối <span lang="en">/ Pair</span></button>
</form>
</main></body></html>`;
}
