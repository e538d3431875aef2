import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Button, Card, Descriptions, Empty, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { formatPeriod, formatYuan } from '../../../shared/format';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { ProgramForm } from '../../programs/components/ProgramForm';
import { TraineeCounts } from '../../programs/components/TraineeCounts';
import { PROGRAMS } from '../../programs/graphql';
import { SponsorForm } from '../components/SponsorForm';
import { SPONSOR } from '../graphql';

export function SponsorDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(SPONSOR, { variables: { id: id! } });
  const programs = useQuery(PROGRAMS, { variables: { sponsorId: id, pageSize: 100 } });
  const [editing, setEditing] = useState(false);
  const [addingProgram, setAddingProgram] = useState(false);

  if (loading && !data) return <Spin />;
  if (error || !data) return <RecordUnavailable error={error} back="/sponsors" onRetry={refetch} />;
  const s = data.sponsor;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {s.name}
          </Typography.Title>
        }
        extra={
          can(Permission.SPONSORS_WRITE) && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('sponsor.region')}>{s.region}</Descriptions.Item>
          <Descriptions.Item label={t('sponsor.contactName')}>{s.contactName}</Descriptions.Item>
          <Descriptions.Item label={t('sponsor.contactPhone')}>{s.contactPhone}</Descriptions.Item>
          <Descriptions.Item label={t('sponsor.contactEmail')}>{s.contactEmail ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('nav.programs')}
        extra={
          can(Permission.PROGRAMS_WRITE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAddingProgram(true)}>
              {t('program.new')}
            </Button>
          )
        }
      >
        <Table
          rowKey="id"
          loading={programs.loading}
          dataSource={programs.data?.programs.items}
          pagination={false}
          locale={{ emptyText: <Empty description={t('program.empty')} /> }}
          onRow={(r) => ({ onClick: () => navigate(`/programs/${r.id}`), style: { cursor: 'pointer' } })}
          scroll={{ x: 640 }}
          columns={[
            { title: t('program.name'), dataIndex: 'name', render: (v: string) => <a>{v}</a> },
            { title: t('program.period'), render: (_, r) => formatPeriod(r.startDate, r.endDate) },
            { title: t('program.budget'), dataIndex: 'budget', align: 'right', render: formatYuan },
            {
              title: t('program.enrolledVsTarget'),
              width: 240,
              render: (_, r) => (
                <TraineeCounts
                  compact
                  counts={r.traineeCounts}
                  target={r.targetShortTermTrainees + r.targetLongTermTrainees}
                />
              ),
            },
          ]}
        />
      </Card>
      <SponsorForm
        open={editing}
        sponsor={s}
        onClose={(saved) => {
          setEditing(false);
          if (saved) void refetch();
        }}
      />
      <ProgramForm
        open={addingProgram}
        sponsorId={s.id}
        onClose={(savedId) => {
          setAddingProgram(false);
          if (savedId) void navigate(`/programs/${savedId}`);
        }}
      />
    </Space>
  );
}
