import { Typography } from 'antd';
import { Link } from 'react-router';

import { useI18n } from '../app/i18n';

export interface NamedTrainee {
  id: string;
  name: string;
  /** Set by the API only when someone else the user can see shares the name (three 热依拉·艾力 in one cohort). */
  nameHint?: { phoneTail: string; hometown?: string | null } | null;
}

/** The words that tell namesakes apart ("尾号1111 · 伽师县"), or '' for a unique name. */
export function useNameHint(): (t: Pick<NamedTrainee, 'nameHint'>) => string {
  const { t } = useI18n();
  return (tr) => {
    const h = tr.nameHint;
    if (!h) return '';
    return [t('trainee.hint.phoneTail', { tail: h.phoneTail }), h.hometown].filter(Boolean).join(' · ');
  };
}

/** A trainee's name for pickers (Select options): the name and, for namesakes, the hint in brackets. */
export function useTraineeLabel(): (t: NamedTrainee) => string {
  const hint = useNameHint();
  return (tr) => {
    const h = hint(tr);
    return h ? `${tr.name}（${h}）` : tr.name;
  };
}

/** A trainee's name wherever trainees are listed, with the namesake hint beside it; a link to them when `link`. */
export function TraineeName({ trainee, link = false }: { trainee: NamedTrainee; link?: boolean }) {
  const hint = useNameHint()(trainee);
  return (
    <span>
      {link ? <Link to={`/trainees/${trainee.id}`}>{trainee.name}</Link> : trainee.name}
      {hint && (
        <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }} data-testid="name-hint">
          {hint}
        </Typography.Text>
      )}
    </span>
  );
}
