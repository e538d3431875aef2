import { Role } from '../auth/roles';
import { englishText, type MessageRef, renderMessage } from '../messages/catalog';
import { en } from '../messages/en';
import { zhCN } from '../messages/zh-CN';
import {
  defaultPreference,
  KIND_META,
  kindsForRole,
  NOTIFICATION_KINDS,
  renderNotification as render,
  smsNotBefore,
} from './notifications';

// The catalogs rendered without i18next (the API renders through its i18next `sayIn(locale)`; api/notifications).
const texts = { en: en as Record<string, string>, 'zh-CN': zhCN as Record<string, string> };
const say = {
  en: (m: MessageRef) => englishText(m.code, m.params),
  'zh-CN': (m: MessageRef) =>
    renderMessage(m, (code, p) => texts['zh-CN'][code]!.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(p[k]))),
};
const renderNotification = (
  kind: Parameters<typeof render>[0],
  params: Parameters<typeof render>[1],
  locale: 'en' | 'zh-CN',
  now?: Date,
  tz?: string,
) => render(kind, params, say[locale], now, tz);

describe('notifications', () => {
  it('has a title and body for every kind in both languages, and every kind reaches some role', () => {
    for (const k of NOTIFICATION_KINDS) {
      for (const lang of ['en', 'zh-CN'] as const) {
        expect(texts[lang][`notifications.kind.${k}.title`]).toBeTruthy();
        expect(texts[lang][`notifications.kind.${k}.body`]).toBeTruthy();
      }
      expect(KIND_META[k].roles.length).toBeGreaterThan(0);
    }
  });

  it('renders in the recipient language, instants in China time, enum words translated', () => {
    const p = { title: '直播话术', dueAt: '2026-11-27T12:00:00.000Z' };
    const now = new Date('2026-11-26T02:00:00Z');
    expect(renderNotification('ASSIGNMENT_DUE_24H', p, 'zh-CN', now)).toEqual({
      title: '作业明天截止：直播话术',
      body: '截止时间 11-27 20:00，请按时提交。',
    });
    expect(renderNotification('ASSIGNMENT_DUE_24H', p, 'en', now).body).toBe(
      'Due 11-27 20:00. Please hand it in on time.',
    );
    expect(
      renderNotification('TICKET_SLA_BREACHED', { number: 'T-1', clock: 'FIRST_RESPONSE', dueAt: null }, 'en', now)
        .title,
    ).toBe('Ticket T-1: first response time breached');
    expect(renderNotification('TICKET_SLA_BREACHED', { number: 'T-1', clock: 'FIRST_RESPONSE' }, 'en', now).body).toBe(
      'It was due —.',
    );
  });

  it('defers texts to trainees in quiet hours (22:00–08:00 China time) to 08:00, never for staff', () => {
    const china = (s: string) => new Date(`${s}+08:00`);
    expect(smsNotBefore(Role.TRAINEE, china('2026-11-26T21:59:00'))).toEqual(china('2026-11-26T21:59:00'));
    expect(smsNotBefore(Role.TRAINEE, china('2026-11-26T22:00:00'))).toEqual(china('2026-11-27T08:00:00'));
    expect(smsNotBefore(Role.TRAINEE, china('2026-11-27T03:30:00'))).toEqual(china('2026-11-27T08:00:00'));
    expect(smsNotBefore(Role.TRAINEE, china('2026-11-27T08:00:00'))).toEqual(china('2026-11-27T08:00:00'));
    expect(smsNotBefore(Role.SUPPORT, china('2026-11-26T23:00:00'))).toEqual(china('2026-11-26T23:00:00'));
  });

  it("writes a notification's times in the reader's zone", () => {
    const now = new Date('2026-11-26T04:00:00Z');
    const params = { title: '脚本', dueAt: '2026-11-26T12:00:00Z' };
    expect(renderNotification('ASSIGNMENT_DUE_24H', params, 'en', now).body).toContain('11-26 20:00');
    expect(renderNotification('ASSIGNMENT_DUE_24H', params, 'en', now, 'Asia/Urumqi').body).toContain('11-26 18:00');
  });

  it("reads quiet hours in the trainee's own zone: 23:00 in Beijing is still 21:00 in Urumqi", () => {
    const urumqi = (s: string) => new Date(`${s}+06:00`);
    expect(smsNotBefore(Role.TRAINEE, urumqi('2026-11-26T21:00:00'), 'Asia/Urumqi')).toEqual(
      urumqi('2026-11-26T21:00:00'),
    );
    expect(smsNotBefore(Role.TRAINEE, urumqi('2026-11-26T22:30:00'), 'Asia/Urumqi')).toEqual(
      urumqi('2026-11-27T08:00:00'),
    );
    expect(smsNotBefore(Role.TRAINEE, urumqi('2026-11-27T07:00:00'), 'Asia/Urumqi')).toEqual(
      urumqi('2026-11-27T08:00:00'),
    );
    expect(smsNotBefore(Role.TRAINEE, urumqi('2026-12-31T23:00:00'), 'Asia/Urumqi')).toEqual(
      urumqi('2027-01-01T08:00:00'),
    );
  });

  it('defaults: trainees get session and due-tomorrow texts, sponsors report emails; staff kinds stay with staff', () => {
    expect(defaultPreference(Role.TRAINEE, 'SESSION_STARTING_1H', 'SMS')).toBe(true);
    expect(defaultPreference(Role.SUPPORT, 'SESSION_STARTING_1H', 'SMS')).toBe(false);
    expect(defaultPreference(Role.SPONSOR, 'REPORT_SUBMITTED', 'EMAIL')).toBe(true);
    expect(kindsForRole(Role.SPONSOR)).toEqual(['REPORT_SUBMITTED']);
    expect(kindsForRole(Role.TRAINEE)).not.toContain('TICKET_ASSIGNED');
  });
});
