import { useQuery } from '@apollo/client/react';
import { Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';

import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';
import { TRAINEE_TEAM } from '../../trainees/graphql';

/** The team backing a trainee now, and every team that did before. */
export function TraineeTeamCard({ traineeId }: { traineeId: string }) {
  const { t, enumLabel } = useI18n();
  const { data } = useQuery(TRAINEE_TEAM, { variables: { id: traineeId } });
  const tr = data?.trainee;
  return (
    <Card
      title={t('team.supportTeam')}
      extra={tr?.supportTeam && <Link to={`/teams/${tr.supportTeam.id}`}>{tr.supportTeam.name}</Link>}
    >
      {!tr?.supportTeam ? (
        <Empty description={t('team.noTeam')} />
      ) : (
        <Space wrap>
          {tr.supportTeam.members.map((m) => (
            <Tag key={m.id} color={m.active ? 'blue' : 'default'}>
              {enumLabel('TeamRole', m.role)} · {m.user.name}
            </Tag>
          ))}
          {!tr.supportTeam.complete && <Tag color="orange">{t('team.isIncomplete')}</Tag>}
        </Space>
      )}
      {(tr?.teamHistory.length ?? 0) > 1 && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t('team.assignmentHistory')}
          </Typography.Paragraph>
          <Timeline
            items={tr!.teamHistory.map((h) => ({
              color: h.endedAt ? 'gray' : 'green',
              content: `${h.team?.name ?? '—'} · ${formatDateTime(h.startedAt)}${h.endedAt ? ` → ${formatDateTime(h.endedAt)}（${h.endReason ?? ''}）` : ''}`,
            }))}
          />
        </>
      )}
    </Card>
  );
}
