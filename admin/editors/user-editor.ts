// Create or edit a staff account: name, role, centres, disabled; reset the password. Managers do
// not see the administrator role and may only pick their own centres.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminUserView } from '../../shared/protocol/admin-views.js';
import { api } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { EditorElement } from '../ui/editor-element.js';
import { checkbox, select, textInput } from '../ui/form.js';
import { loc } from '../ui/text.js';
import type { LoginSlipData } from '../pages/login-slip.js';

/** The policy's length (server/auth/password-policy.ts checks it again, with the rest). */
const MIN_PASSWORD_LENGTH = 10;

type Role = AdminUserView['role'];
/** Administrators and province accounts see every centre: no centres to pick. */
const seesEverySite = (role: Role) => role === 'admin' || role === 'province';

/** A readable random password (no look-alike characters). */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

@customElement('luot-user-editor')
export class UserEditor extends EditorElement {
  @property({ attribute: false }) user: AdminUserView | null = null;
  @state() private fullName = '';
  @state() private username = '';
  @state() private userRole: Role = 'staff';
  @state() private siteIds: string[] = [];
  @state() private disabled = false;
  @state() private password = '';

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('user') && this.env) {
      const u = this.user;
      this.fullName = u?.fullName ?? '';
      this.username = u?.username ?? '';
      this.userRole = u?.role ?? 'staff';
      this.siteIds = u ? [...u.siteIds] : [this.env.siteId];
      this.disabled = u?.disabled ?? false;
      this.password = u ? '' : randomPassword();
    }
  }

  private async save(): Promise<void> {
    const env = this.e;
    const common = {
      fullName: this.fullName,
      role: this.userRole,
      siteIds: seesEverySite(this.userRole) ? [] : this.siteIds,
    };
    const user = this.user;
    const ok = user
      ? await this.run(() =>
          api(`/api/users/${user.id}`, { method: 'PUT', body: { ...common, disabled: this.disabled } }),
        )
      : await this.run(() =>
          api('/api/users', { body: { ...common, username: this.username, password: this.password } }),
        );
    if (!ok) return;
    env.notify(this.t('common.saved'), 'ok');
    if (user) this.close();
    else this.handOver(this.username, this.fullName);
  }

  /** The password someone else chose goes to its owner on a printed slip, shown only now. */
  private handOver(username: string, fullName: string): void {
    const slip: LoginSlipData = { username, fullName, password: this.password };
    this.dispatchEvent(new CustomEvent('done', { detail: { slip }, bubbles: true, composed: true }));
  }

  private async resetPassword(): Promise<void> {
    const user = this.user;
    if (!user) return;
    const ok = await this.run(() =>
      api(`/api/users/${user.id}/password`, { body: { password: this.password } }),
    );
    if (!ok) return;
    this.e.notify(this.t('staff.passwordReset', { name: user.fullName || user.username }), 'ok');
    this.handOver(user.username, user.fullName);
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    const roles: Role[] = env.isAdmin ? ['staff', 'manager', 'province', 'admin'] : ['staff', 'manager'];
    const sites = env.isAdmin
      ? env.ctx.sites
      : env.ctx.sites.filter((s) => env.ctx.user.siteIds.includes(s.id));
    const passwordInput = (testid: string) =>
      html`${textInput({
        label: this.user ? t('staff.newPassword') : t('staff.password'),
        testid,
        value: this.password,
        maxLength: 200,
        onInput: (v) => (this.password = v),
      })}
        <div><button class="small" type="button" @click=${() => (this.password = randomPassword())}>${t('staff.generate')}</button></div>`;
    return html`<div class="grid" data-testid="user-editor">
        ${
          this.user
            ? nothing
            : textInput({
                label: t('staff.username'),
                testid: 'user-username',
                required: true,
                value: this.username,
                maxLength: 64,
                onInput: (v) => (this.username = v.trim()),
              })
        }
        ${textInput({ label: t('staff.fullName'), testid: 'user-fullname', required: true, value: this.fullName, maxLength: 120, onInput: (v) => (this.fullName = v) })}
        ${select<Role>({
          label: t('staff.role'),
          testid: 'user-role',
          value: this.userRole,
          options: roles.map((r) => ({ value: r, label: t(`shell.role.${r}` as AdminKey) })),
          onChange: (v) => (this.userRole = v),
        })}
        ${this.user ? nothing : passwordInput('user-password')}
        ${
          seesEverySite(this.userRole)
            ? nothing
            : html`<fieldset class="wide">
              <legend>${t('staff.sites')}</legend>
              ${sites.map((s) =>
                checkbox({
                  label: loc(s.name, this.locale),
                  testid: `user-site-${s.id}`,
                  checked: this.siteIds.includes(s.id),
                  onChange: (on) => {
                    this.siteIds = on ? [...this.siteIds, s.id] : this.siteIds.filter((id) => id !== s.id);
                  },
                }),
              )}
            </fieldset>`
        }
        ${
          this.user
            ? html`<div>
              ${checkbox({ label: t('staff.disable'), testid: 'user-disabled', checked: this.disabled, onChange: (v) => (this.disabled = v) })}
            </div>`
            : nothing
        }
      </div>
      ${this.renderProblems()} ${this.renderButtons(() => void this.save(), 'user')}
      ${
        this.user
          ? html`<fieldset>
            <legend>${t('staff.resetPassword')}</legend>
            <div class="grid">
              ${passwordInput('user-new-password')}
              <div>
                <button data-testid="user-reset-password" ?disabled=${this.busy || [...this.password].length < MIN_PASSWORD_LENGTH} @click=${() => void this.resetPassword()}>
                  ${t('staff.resetPassword')}
                </button>
              </div>
            </div>
          </fieldset>`
          : nothing
      }`;
  }
}
