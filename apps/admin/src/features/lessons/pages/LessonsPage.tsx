import { useQuery } from '@apollo/client/react';
import { Card, DatePicker, Empty, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';

import { useI18n } from '../../../app/i18n';
import type { LessonListQuery } from '../../../gql/graphql';
import { EnumTag } from '../../../shared/EnumTag';
import { useListState } from '../../../shared/useListState';
import { COHORT_OPTIONS } from '../../cohorts/graphql';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { LESSON_LIST } from '../graphql';

type Lesson = LessonListQuery['lessons']['items'][number];

/**
 * Lessons across cohorts, by date, cohort or the workbench card they were opened from (?todo=LESSONS_TODAY,
 * ATTENDANCE_MISSING): open one to take its attendance.
 */
export function LessonsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const todo = useTodo();
  const list = useListState<{ cohortId?: string; from?: string; to?: string }>({});
  const cohorts = useQuery(COHORT_OPTIONS);
  const { data, loading } = useQuery(LESSON_LIST, {
    variables: { ...list.variables, todo },
    fetchPolicy: 'cache-and-network',
  });
  const onDates = (r: [Dayjs | null, Dayjs | null] | null) => {
    list.setFilter('from', r?.[0]?.format('YYYY-MM-DD'));
    list.setFilter('to', r?.[1]?.format('YYYY-MM-DD'));
  };
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.lessons')} <TodoFilterTag todo={todo} total={data?.lessons.total} />
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('cohort.name')}
            style={{ width: 200 }}
            options={(cohorts.data?.cohorts.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(v) => list.setFilter('cohortId', v as string | undefined)}
          />
          <DatePicker.RangePicker
            aria-label={t('lesson.date')}
            onChange={(r) => onDates(r as [Dayjs | null, Dayjs | null] | null)}
          />
        </Space>
      </Space>
      <Table<Lesson>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.lessons.items}
        pagination={{ ...list.pagination(data?.lessons.total), showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: <Empty description={t(todo ? 'todo.nothing' : 'lesson.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/lessons/${r.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 800 }}
        columns={[
          { title: t('lesson.date'), dataIndex: 'date', width: 110 },
          { title: t('lesson.time'), render: (_, r) => `${r.startTime}–${r.endTime}`, width: 110 },
          { title: t('lesson.topic'), dataIndex: 'topic', render: (v: string) => <a>{v}</a> },
          {
            title: t('lesson.kind'),
            dataIndex: 'kind',
            render: (v: string) => <EnumTag type="LessonKind" value={v} />,
            width: 100,
          },
          { title: t('cohort.name'), render: (_, r) => r.cohort?.name ?? '—' },
          { title: t('lesson.instructor'), render: (_, r) => r.instructor?.name ?? '—' },
          { title: t('lesson.location'), dataIndex: 'location' },
        ]}
      />
    </Card>
  );
}
