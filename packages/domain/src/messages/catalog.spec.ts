import fs from 'node:fs';
import path from 'node:path';

import { DomainError, msg } from '../errors';
import { englishText, isMessageCode, renderMessage } from './catalog';
import { en } from './en';
import { statusLabel } from './labels';
import { zhCN } from './zh-CN';

const ROOT = path.resolve(__dirname, '../../../..');
const enTexts = en as Record<string, string>;
const zhTexts = zhCN as Record<string, string>;
const codeOf = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      // Not the catalogs themselves (messages/en, messages/zh-CN, the admin's app/messages).
      if (!['node_modules', 'dist', 'gql'].includes(e.name) && !/messages[\\/](en|zh-CN)$|app[\\/]messages$/.test(p))
        sourceFiles(p, out);
    } else if (/\.tsx?$/.test(e.name) && !/\.spec\.ts$|\.d\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}
const SOURCES = ['apps/api/src', 'packages/domain/src', 'apps/admin/src'].flatMap((d) =>
  sourceFiles(path.join(ROOT, d)),
);
const text = (f: string) => fs.readFileSync(f, 'utf8');
const rel = (f: string) => path.relative(ROOT, f);

describe('message catalogs', () => {
  it('have a Chinese text for every English code, and nothing else', () => {
    const enCodes = new Set(Object.keys(enTexts).map(codeOf));
    const zhCodes = new Set(Object.keys(zhTexts).map(codeOf));
    expect([...enCodes].filter((c) => !zhCodes.has(c))).toEqual([]);
    expect([...zhCodes].filter((c) => !enCodes.has(c))).toEqual([]);
    // Chinese has one plural form: every plural code has its `_other`.
    for (const k of Object.keys(enTexts).filter((k) => k.endsWith('_one')))
      expect(zhTexts[`${codeOf(k)}_other`]).toBeDefined();
    for (const v of [...Object.values(enTexts), ...Object.values(zhTexts)]) expect(v.trim()).not.toBe('');
  });

  it('interpolate the same parameters in both languages', () => {
    const mismatched = Object.keys(zhTexts).filter((k) => {
      const english = enTexts[k] ?? enTexts[`${codeOf(k)}_other`];
      return placeholders(english).join() !== placeholders(zhTexts[k]).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('keep each code in the file of its feature', () => {
    for (const lang of ['en', 'zh-CN']) {
      const dir = path.join(__dirname, lang);
      for (const f of fs.readdirSync(dir).filter((f) => f !== 'index.ts')) {
        const feature = f.replace(/\.ts$/, '');
        const keys = [...text(path.join(dir, f)).matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]);
        expect(keys.filter((k) => !k.startsWith(`${feature}.`))).toEqual([]);
      }
    }
  });

  it('have no code that no source file uses', () => {
    const all = SOURCES.map(text).join('\n');
    // Codes built from a value (`notFound.<subject>`, `teams.role.<ROLE>`, `qc.licence.<KIND>`,
    // `notifications.kind.<KIND>.title`, `reports.figure.<key>`, the admin's `enums.<Type>.<VALUE>` labels) are used by
    // prefix.
    const unused = [...new Set(Object.keys(enTexts).map(codeOf))].filter(
      (c) =>
        !all.includes(`'${c}'`) &&
        !/^(teams\.role|qc\.licence|notifications\.kind|reports\.figure|reports\.figureHow|enums)\./.test(c) &&
        !c.startsWith('notFound.'),
    );
    expect(unused).toEqual([]);
  });
});

describe('messages', () => {
  it('render parameters, plurals and nested messages in English', () => {
    expect(msg('enrolments.alreadyEnrolledProgram', { name: '阿依古丽' })).toEqual({
      code: 'enrolments.alreadyEnrolledProgram',
      params: { name: '阿依古丽' },
      message: '阿依古丽 is already enrolled in this program',
    });
    expect(englishText('auth.tooManySignInAttempts', { count: 1 })).toBe(
      'Too many sign-in attempts; try again in 1 minute',
    );
    expect(englishText('auth.tooManySignInAttempts', { count: 15 })).toBe(
      'Too many sign-in attempts; try again in 15 minutes',
    );
    expect(
      englishText('teams.nobodyCovers', {
        roles: { words: [{ code: 'teams.role.ADS' }, { code: 'teams.role.FILMING' }] },
      }),
    ).toBe('Nobody covers ads, filming');
  });

  it('render in Chinese through any translate function with the Chinese list separators', () => {
    const zh = (code: string, p: Record<string, string | number>) =>
      (zhTexts[code] ?? zhTexts[`${code}_other`]).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(p[k]));
    const m = msg('teams.nobodyCovers', {
      roles: { words: [{ code: 'teams.role.ADS' }, { code: 'teams.role.FILMING' }] },
    });
    expect(renderMessage(m, zh, { sentences: '；', words: '、' })).toBe('无人负责：投流、拍摄');
    const refused = msg('live.sessionCannotBe', {
      status: statusLabel('SessionStatus', 'ENDED'),
      action: statusLabel('SessionAction', 'START'),
    });
    expect(refused.message).toBe('A ended session cannot be started');
    expect(renderMessage(refused, zh)).toBe('已结束的直播不能开播');
  });

  it('are what every DomainError carries', () => {
    const e = DomainError.field('traineeIds.0', msg('enrolments.alreadyEnrolledProgram', { name: 'Li' }));
    expect(e.messageCode).toBe('enrolments.alreadyEnrolledProgram');
    expect(e.fields[0]).toMatchObject({ field: 'traineeIds.0', code: 'enrolments.alreadyEnrolledProgram' });
    expect(DomainError.notFound('Cohort')).toMatchObject({
      messageCode: 'notFound.cohort',
      message: 'Cohort not found',
    });
    expect(isMessageCode('notFound.cohort')).toBe(true);
    expect(isMessageCode('Cohort not found')).toBe(false);
  });

  it('are never written as English sentences at a throw site or in a field error', () => {
    const offenders: string[] = [];
    const patterns = [
      // DomainError.field(f, 'text'), .conflict('text'), .forbidden('text'), … (notFound takes a subject, typed)
      /DomainError\.(field|conflict|forbidden|badInput|tooManyRequests|unauthenticated)\([^)]*?['`][A-Z][a-z]+ [^'`]*['`]/,
      /new DomainError\([^)]*?['`][A-Z][a-z]+ [^'`]*['`]/,
      // { field: …, message: 'text' } and import problems { row, column, message: 'text' }
      /\{[^{}]*\b(field|column)\b[^{}]*\bmessage:\s*['`]/,
      // zod messages are codes: .min(2, 'Text'), .refine(fn, 'Text'), addIssue({ message: 'Text' })
      /\.(min|max|regex|refine|int|email|url|length)\([^()]*?,\s*['`][A-Z][a-z]+ [^'`]*['`]/,
      /addIssue\(\{[^}]*message:\s*['`][A-Z][a-z]+ [^'`]*['`]/,
      // HTTP refusals name a code too (problemBody)
      /Exception\(\{\s*code:\s*'[A-Z_]+',\s*message:/,
    ];
    for (const f of SOURCES.filter((f) => !f.includes('/apps/admin/'))) {
      const flat = text(f)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\$\{[^{}]*\}/g, 'X');
      for (const p of patterns) {
        const m = flat.match(p);
        if (m) offenders.push(`${rel(f)}: ${m[0].slice(0, 120)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

/**
 * Key terms say the same in every Chinese text (domain.md; decided in ADR 0013): a sponsor is 资助方 (the government
 * funds the program; 赞助方 is a commercial sponsor), SHORT_TERM is 短期班, LONG_TERM is 长期孵化.
 */
describe('glossary', () => {
  const CHINESE_SOURCES = [
    ...Object.values(zhTexts).map((v) => ['domain catalog', v] as const),
    ...['apps/admin/src/app/messages/zh-CN.ts', 'apps/admin/src/app/messages/zh-CN.core.ts']
      .concat(sourceFiles(path.join(ROOT, 'apps/api/src')).map(rel))
      .map((f) => [f, text(path.join(ROOT, f))] as const),
  ];

  it('calls a sponsor 资助方, never 赞助方', () => {
    expect(CHINESE_SOURCES.filter(([, s]) => s.includes('赞助')).map(([f]) => f)).toEqual([]);
  });

  it('names the tracks 短期班 and 长期孵化', () => {
    // The admin's labels are the shared catalog's (apps/admin/src/app/enum-labels.ts): it keeps no copy of its own.
    expect(text(path.join(ROOT, 'apps/admin/src/app/messages/zh-CN.ts'))).not.toMatch(/'enums?\.CohortTrack\./);
    expect(zhTexts['enums.CohortTrack.SHORT_TERM']).toBe('短期班');
    expect(zhTexts['enums.CohortTrack.LONG_TERM']).toBe('长期孵化');
    // A track label alone is never the bare 短期 / 长期 (长期班 for a cohort and 短期学员 for trainees are fine).
    const bare = CHINESE_SOURCES.filter(([, s]) => /['"`：:]\s*(短期|长期)\s*['"`,，）)]/.test(s)).map(([f]) => f);
    expect(bare).toEqual([]);
  });
});
