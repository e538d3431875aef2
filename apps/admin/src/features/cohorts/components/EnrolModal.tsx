import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Empty, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';
import { problemOf } from '../../../shared/forms';
import { TraineeName } from '../../../shared/TraineeName';
import { ENROL_CANDIDATES, ENROL_TRAINEES } from '../graphql';

/** Picks trainees who may join the cohort and enrols them all at once; the API's per-row problems show inline. */
export function EnrolModal({
  cohort,
  open,
  onClose,
}: {
  cohort: { id: string; name: string; seatsLeft: number };
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [problems, setProblems] = useState<{ general: string[]; byTrainee: Record<string, string> }>({
    general: [],
    byTrainee: {},
  });
  const { data, loading } = useQuery(ENROL_CANDIDATES, {
    variables: { cohortId: cohort.id, search: search || undefined, page, pageSize: 10 },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const [enrol, { loading: saving }] = useMutation(ENROL_TRAINEES);

  const submit = async () => {
    setProblems({ general: [], byTrainee: {} });
    try {
      await enrol({ variables: { input: { cohortId: cohort.id, traineeIds: selected } } });
      message.success(t('cohort.enrolled.ok', { n: selected.length }));
      setSelected([]);
      onClose(true);
    } catch (e) {
      const p = problemOf(e);
      const byTrainee: Record<string, string> = {};
      const general: string[] = [];
      for (const f of p.fields) {
        const m = /^traineeIds\.(\d+)$/.exec(f.field);
        if (m) byTrainee[selected[Number(m[1])]] = tv(f);
        else general.push(tv(f));
      }
      if (!p.fields.length) general.push(tv(p));
      setProblems({ general, byTrainee });
    }
  };

  return (
    <Modal
      open={open}
      width={760}
      title={t('cohort.enrolTitle', { name: cohort.name })}
      okText={t('cohort.enrolSubmit')}
      okButtonProps={{ disabled: selected.length === 0, loading: saving }}
      onOk={submit}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type={selected.length > cohort.seatsLeft ? 'danger' : 'secondary'} data-testid="enrol-hint">
          {t('cohort.enrolHint', { n: cohort.seatsLeft, k: selected.length })}
        </Typography.Text>
        {problems.general.map((g) => (
          <Alert key={g} type="error" showIcon title={g} />
        ))}
        <Input.Search
          allowClear
          placeholder={t('common.search')}
          onSearch={(s) => {
            setSearch(s.trim());
            setPage(1);
          }}
        />
        <Table
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.trainees.items}
          rowSelection={{
            selectedRowKeys: selected,
            preserveSelectedRowKeys: true,
            onChange: (keys) => setSelected(keys as string[]),
          }}
          pagination={{
            current: page,
            pageSize: 10,
            total: data?.trainees.total ?? 0,
            onChange: setPage,
            size: 'small',
          }}
          locale={{ emptyText: <Empty description={t('cohort.noCandidates')} /> }}
          columns={[
            { title: t('trainee.name'), render: (_, r) => <TraineeName trainee={r} /> },
            { title: t('trainee.phone'), dataIndex: 'phone' },
            { title: t('trainee.hometown'), dataIndex: 'hometown' },
            {
              title: t('trainee.status'),
              dataIndex: 'status',
              render: (v: string) => <EnumTag type="TraineeStatus" value={v} />,
            },
            {
              title: '',
              key: 'problem',
              render: (_, r) =>
                problems.byTrainee[r.id] && <Typography.Text type="danger">{problems.byTrainee[r.id]}</Typography.Text>,
            },
          ]}
        />
      </Space>
    </Modal>
  );
}
