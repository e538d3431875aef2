import { EditOutlined, LineChartOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Button, Card, Col, Descriptions, Empty, Progress, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';
import { formatPeriod, formatYuan } from '../../../shared/format';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { zoneName } from '../../../shared/time';
import { CohortForm } from '../../cohorts/components/CohortForm';
import { ProgramForm } from '../components/ProgramForm';
import { TraineeCounts } from '../components/TraineeCounts';
import { PROGRAM } from '../graphql';

export function ProgramDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PROGRAM, { variables: { id: id! } });
  const [editing, setEditing] = useState(false);
  const [addingCohort, setAddingCohort] = useState(false);

  if (loading && !data) return <Spin />;
  if (error || !data) return <RecordUnavailable error={error} back="/programs" onRetry={refetch} />;
  const p = data.program;
  const target = p.targetShortTermTrainees + p.targetLongTermTrainees;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {p.name}
          </Typography.Title>
        }
        extra={
          <Space>
            {can(Permission.REPORTS_READ) && (
              <Button icon={<LineChartOutlined />} onClick={() => navigate(`/reports/${p.id}`)}>
                {t('report.open')}
              </Button>
            )}
            {can(Permission.PROGRAMS_WRITE) && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
          </Space>
        }
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} md={14}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('program.sponsor')}>{p.sponsor?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('program.region')}>{p.region}</Descriptions.Item>
              <Descriptions.Item label={t('program.period')}>{formatPeriod(p.startDate, p.endDate)}</Descriptions.Item>
              <Descriptions.Item label={t('time.zone')}>{zoneName(p.timeZone, t)}</Descriptions.Item>
              <Descriptions.Item label={t('program.budget')}>{formatYuan(p.budget)}</Descriptions.Item>
              <Descriptions.Item label={t('program.targetGmv')}>{formatYuan(p.targetGmv)}</Descriptions.Item>
              <Descriptions.Item label={t('graduation.criteria')}>
                {t('graduation.minAttendance')} {p.gradMinAttendancePct} · {t('graduation.minGraded')} {p.gradMinGraded}{' '}
                · {t('graduation.minAverage')} {p.gradMinAveragePct}
                {p.gradMinSessions != null && ` · ${t('graduation.minSessions')} ${p.gradMinSessions}`}
                {p.gradMinGmv != null && ` · ${t('graduation.minGmv')} ${formatYuan(p.gradMinGmv)}`}
              </Descriptions.Item>
            </Descriptions>
          </Col>
          <Col xs={24} md={10}>
            <Row gutter={16}>
              <Col span={12}>
                <Statistic title={t('program.targetShortTermTrainees')} value={p.targetShortTermTrainees} />
              </Col>
              <Col span={12}>
                <Statistic title={t('program.targetLongTermTrainees')} value={p.targetLongTermTrainees} />
              </Col>
            </Row>
            <TraineeCounts counts={p.traineeCounts} target={target} />
            <Row gutter={16} style={{ marginTop: 16 }} data-testid="program-sales">
              <Col span={8}>
                <Statistic title={t('program.sessionsHeld')} value={p.liveSales.sessions} />
              </Col>
              <Col span={16}>
                <Statistic
                  title={t('program.gmvVsTarget')}
                  value={formatYuan(p.liveSales.gmv)}
                  suffix={
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      / {formatYuan(p.targetGmv)}
                    </Typography.Text>
                  }
                />
              </Col>
            </Row>
            <Progress
              percent={
                Number(p.targetGmv) > 0
                  ? Math.min(100, Math.round((100 * Number(p.liveSales.gmv)) / Number(p.targetGmv)))
                  : 0
              }
              status="active"
            />
          </Col>
        </Row>
      </Card>
      <Card
        title={t('program.cohorts')}
        extra={
          can(Permission.COHORTS_WRITE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAddingCohort(true)}>
              {t('cohort.new')}
            </Button>
          )
        }
      >
        <Table
          rowKey="id"
          dataSource={p.cohorts}
          pagination={false}
          locale={{ emptyText: <Empty description={t('cohort.empty')} /> }}
          onRow={(r) => ({ onClick: () => navigate(`/cohorts/${r.id}`), style: { cursor: 'pointer' } })}
          scroll={{ x: 720 }}
          columns={[
            { title: t('cohort.name'), dataIndex: 'name', render: (v: string) => <a>{v}</a> },
            {
              title: t('cohort.track'),
              dataIndex: 'track',
              render: (v: string) => <EnumTag type="CohortTrack" value={v} />,
            },
            {
              title: t('cohort.status'),
              dataIndex: 'status',
              render: (v: string) => <EnumTag type="CohortStatus" value={v} />,
            },
            { title: t('cohort.period'), render: (_, r) => formatPeriod(r.startDate, r.endDate) },
            { title: t('cohort.enrolled'), render: (_, r) => `${r.enrolledCount}/${r.capacity}` },
          ]}
        />
      </Card>
      <ProgramForm
        open={editing}
        program={{ ...p, sponsorId: p.sponsor?.id }}
        onClose={(saved) => {
          setEditing(false);
          if (saved) void refetch();
        }}
      />
      <CohortForm
        open={addingCohort}
        programId={p.id}
        onClose={(savedId) => {
          setAddingCohort(false);
          if (savedId) void navigate(`/cohorts/${savedId}`);
        }}
      />
    </Space>
  );
}
