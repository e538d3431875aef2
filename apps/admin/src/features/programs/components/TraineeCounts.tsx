import { FIGURE_DEFINITIONS } from '@grassroots/domain';
import { Progress, Space, Typography } from 'antd';

import { useI18n } from '../../../app/i18n';

interface Counts {
  enrolled: number;
  inTraining: number;
  graduated: number;
  dropped: number;
}

/** The report's own names for the counts, so that the program page and the sponsor report say the same thing. */
function useFigureName() {
  const { tv } = useI18n();
  return (key: string) => {
    const d = FIGURE_DEFINITIONS.find((f) => f.key === key);
    return d ? tv(d.label) : key;
  };
}

/**
 * A program's trainees against its target, each count labelled as the sponsor report defines it: enrolled
 * (graduates and drop-outs included) against the target, then how many are in training, graduated, dropped out.
 * The page used to show "enrolled" under an "in training / target" label: 29/25 where the report said 10.
 */
export function TraineeCounts({
  counts,
  target,
  compact = false,
}: {
  counts: Counts;
  target: number;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const name = useFigureName();
  return (
    <div data-testid="trainee-counts">
      {!compact && <Typography.Text type="secondary">{t('program.enrolledVsTarget')}</Typography.Text>}
      <Progress
        size={compact ? 'small' : undefined}
        percent={target ? Math.round((100 * counts.enrolled) / target) : 0}
        format={() => `${counts.enrolled}/${target}`}
      />
      <Space size={compact ? 6 : 12} wrap style={{ fontSize: compact ? 12 : 14 }}>
        <Typography.Text>{`${name('trainees.total.active')} ${counts.inTraining}`}</Typography.Text>
        <Typography.Text type="success">{`${name('trainees.total.graduated')} ${counts.graduated}`}</Typography.Text>
        <Typography.Text type="secondary">{`${name('trainees.total.dropped')} ${counts.dropped}`}</Typography.Text>
      </Space>
    </div>
  );
}
