import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Empty, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';
import { todayIn } from '../../../shared/time';
import { COHORT_CALENDAR } from '../graphql';

/** Seven days side by side (Monday first), the way staff plan a week of classes. */
export function WeekView({
  cohortId,
  initial,
  linkable = true,
  timeZone,
}: {
  cohortId: string;
  initial: Dayjs;
  linkable?: boolean;
  /** Its program's zone: "today" is its day. */ timeZone?: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const monday = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').startOf('day');
  const [start, setStart] = useState(() => monday(initial));
  const days = Array.from({ length: 7 }, (_, i) => start.add(i, 'day'));
  const { data, loading } = useQuery(COHORT_CALENDAR, {
    variables: { cohortId, from: days[0].format('YYYY-MM-DD'), to: days[6].format('YYYY-MM-DD') },
  });
  const lessons = data?.lessons.items ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Button
          icon={<LeftOutlined />}
          onClick={() => setStart(start.subtract(7, 'day'))}
          aria-label={t('lesson.prevWeek')}
        />
        <Button onClick={() => setStart(monday(todayIn(timeZone)))}>{t('lesson.thisWeek')}</Button>
        <Button
          icon={<RightOutlined />}
          onClick={() => setStart(start.add(7, 'day'))}
          aria-label={t('lesson.nextWeek')}
        />
        <Typography.Text strong>
          {days[0].format('YYYY-MM-DD')} ~ {days[6].format('YYYY-MM-DD')}
        </Typography.Text>
      </Space>
      <Row gutter={[8, 8]} wrap>
        {days.map((d) => {
          const items = lessons
            .filter((l) => l.date === d.format('YYYY-MM-DD'))
            .sort((a, b) => a.startTime.localeCompare(b.startTime));
          const today = d.isSame(todayIn(timeZone), 'day');
          return (
            <Col key={d.format()} xs={24} sm={12} md={8} style={{ flex: '1 1 0', minWidth: 140 }}>
              <Card
                size="small"
                title={d.format('ddd MM-DD')}
                loading={loading}
                style={today ? { borderColor: '#389e0d' } : undefined}
                data-testid="week-day"
              >
                {items.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} />
                ) : (
                  items.map((l) => (
                    <div
                      key={l.id}
                      onClick={() => linkable && navigate(`/lessons/${l.id}`)}
                      style={{ cursor: linkable ? 'pointer' : undefined, marginBottom: 8 }}
                    >
                      <Typography.Text strong>{l.startTime}</Typography.Text>{' '}
                      <EnumTag type="LessonKind" value={l.kind} />
                      <div>{l.topic}</div>
                    </div>
                  ))
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}
