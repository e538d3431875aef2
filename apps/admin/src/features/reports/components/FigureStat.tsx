import { QuestionCircleOutlined, WarningFilled } from '@ant-design/icons';
import {
  figureDefinition,
  figureProvenance,
  figureProvenanceMix,
  figureTarget,
  figureValue,
  formatFigureValue,
  type ReportFigures,
} from '@grassroots/domain';
import { Card, Popover, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';

import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';

/**
 * One figure of a report: its value, the target where the program sets one, where the number came from and how it
 * is computed (popover, with a link to the full definitions); flagged when it differs from the accepted snapshot.
 */
export function FigureStat({
  figureKey,
  figures,
  snapshotValue,
}: {
  figureKey: string;
  figures: ReportFigures;
  snapshotValue?: string | null;
}) {
  const { t, tv } = useI18n();
  const def = figureDefinition(figureKey);
  if (!def) return null;
  const target = figureTarget(figureKey, figures);
  const differs = snapshotValue !== undefined;
  // Sales figures: the mix of their sessions' provenance (76 % platform export · 24 % manual), not only the weakest.
  const mix = figureProvenanceMix(def, figures);
  return (
    <Card
      size="small"
      style={{ height: '100%', borderColor: differs ? '#ff4d4f' : undefined }}
      data-testid={`figure-${figureKey}`}
    >
      <Statistic
        title={
          <Space size={4}>
            <span>{tv(def.label)}</span>
            <Popover
              title={t('report.howComputed')}
              content={
                <div style={{ maxWidth: 320 }}>
                  <Typography.Paragraph style={{ marginBottom: 8 }}>{tv(def.how)}</Typography.Paragraph>
                  <Link to={`/reports/methods#${figureKey}`}>{t('report.methods')}</Link>
                </div>
              }
            >
              <QuestionCircleOutlined
                aria-label={t('report.howComputed')}
                style={{ color: '#8c8c8c', cursor: 'help' }}
              />
            </Popover>
          </Space>
        }
        value={formatFigureValue(def.kind, figureValue(figures, figureKey))}
        valueStyle={{ fontSize: 22, color: differs ? '#cf1322' : undefined }}
      />
      <Space size={4} wrap style={{ marginTop: 4 }}>
        {target && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('report.target')} {target}
          </Typography.Text>
        )}
        <Tooltip title={t('report.provenance')}>
          <span data-testid="figure-provenance">
            {mix ? (
              mix.map((m) => (
                <EnumTag
                  key={m.provenance}
                  type="Provenance"
                  value={m.provenance}
                  suffix={` ${Math.round(m.share * 100)}%`}
                />
              ))
            ) : (
              <EnumTag type="Provenance" value={figureProvenance(def, figures)} />
            )}
          </span>
        </Tooltip>
        {differs && (
          <Tag color="error" icon={<WarningFilled />}>
            {t('report.snapshotValue')} {formatFigureValue(def.kind, snapshotValue)}
          </Tag>
        )}
      </Space>
    </Card>
  );
}
