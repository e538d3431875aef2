import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  MAX_SERIES_OCCURRENCES,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  moneySchema,
  percentSchema,
  streamerBlock,
  StreamPlatform,
  WEEKDAYS,
} from '@grassroots/domain';
import {
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import { dateItemProps, dateTimeItemProps } from '../../../shared/DateField';
import { useEnumOptions } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { APP_TIME_ZONE, wallClock, zoneName } from '../../../shared/time';
import { useTraineeLabel } from '../../../shared/TraineeName';
import { useSaveForm } from '../../../shared/useSaveForm';
import {
  PRODUCTS,
  SCHEDULE_SESSION,
  SCHEDULE_SESSION_SERIES,
  TRAINEE_OPTION_WITH_TEAM,
  TRAINEE_OPTIONS_WITH_TEAM,
  UPDATE_SESSION,
} from '../graphql';
import { WeekView } from './WeekView';

interface Item {
  productId: string;
  livePrice: string;
  commissionPct: string;
}
interface Values {
  traineeId?: string;
  platform: string;
  scheduledStart: string;
  plannedMinutes: number;
  title: string;
  scriptUrl?: string;
  items: Item[];
  /** Repeat: the same time of day on several days, booked all or none. */
  repeat?: boolean;
  weekdays?: number[];
  endBy?: 'date' | 'count';
  until?: string;
  count?: number;
}
export interface EditableSession extends Omit<Values, 'traineeId'> {
  id: string;
  traineeName: string;
  /** Its program's zone: the start is shown and taken in it. */
  timeZone: string;
}

/**
 * Schedules (or reschedules) a live session with its run of show. Products that do not pass the QC gate are
 * listed but cannot be chosen; the API re-checks the gate and double booking and puts any problem on its field.
 */
export function ScheduleForm({
  open,
  traineeId,
  session,
  start,
  onClose,
}: {
  open: boolean;
  traineeId?: string;
  session?: EditableSession | null;
  /** A start to prefill (a free slot picked on a week view). */
  start?: string;
  /** Called with the new session's id; a series calls it with none after saying how many were booked. */
  onClose: (savedId?: string, booked?: number) => void;
}) {
  const { t, tv, enumLabel } = useI18n();
  const { message } = App.useApp();
  const traineeLabel = useTraineeLabel();
  const [form] = Form.useForm<Values>();
  const save = useSaveForm(form);
  const [search, setSearch] = useState<string>();
  const trainees = useQuery(TRAINEE_OPTIONS_WITH_TEAM, { variables: { search }, skip: !open || !!session });
  const given = useQuery(TRAINEE_OPTION_WITH_TEAM, {
    variables: { id: traineeId ?? '' },
    skip: !open || !!session || !traineeId,
  });
  // Everyone found is listed; who cannot stream is shown disabled with the reason instead of being left out.
  const streamerOptions = [
    ...(given.data?.trainee ? [given.data.trainee] : []),
    ...(trainees.data?.trainees.items ?? []),
  ]
    .filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i)
    .map((x) => {
      const block = streamerBlock(x);
      const why = block
        ? t(`session.block.${block}` as MessageKey)
        : x.status === 'ENROLLED'
          ? t('session.cohortNotStarted')
          : '';
      return {
        value: x.id,
        label: [traineeLabel(x), x.supportTeam?.name ?? t('team.noTeam'), why].filter(Boolean).join(' · '),
        disabled: !!block,
      };
    })
    .sort((a, b) => Number(a.disabled) - Number(b.disabled));
  const products = useQuery(PRODUCTS, { skip: !open });
  const [schedule, s] = useMutation(SCHEDULE_SESSION);
  const [update, u] = useMutation(UPDATE_SESSION);
  const [scheduleSeries, ss] = useMutation(SCHEDULE_SESSION_SERIES, {
    refetchQueries: ['Availability', 'LiveSessions', 'SessionDays'],
  });
  const chosen = Form.useWatch('traineeId', form);
  const repeat = Form.useWatch('repeat', form);
  const endBy = Form.useWatch('endBy', form);
  const plannedMinutes = Form.useWatch('plannedMinutes', form);
  const [streamerZone, setStreamerZone] = useState<string>();
  const platformOptions = useEnumOptions('StreamPlatform', Object.values(StreamPlatform));
  const catalogue = products.data?.products.items ?? [];
  // A session is booked in its program's zone: an edit's own, a new one's from the chosen streamer's week view.
  const zone = session?.timeZone ?? streamerZone ?? APP_TIME_ZONE;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(
        session ?? {
          traineeId,
          platform: 'DOUYIN',
          plannedMinutes: 120,
          items: [],
          scheduledStart: start,
          repeat: false,
          endBy: 'count',
          count: 7,
          weekdays: [],
        },
      );
    }
  }, [open, session, traineeId, start, form]);

  const onFinish = (v: Values) =>
    save(
      async () => {
        const common = {
          platform: v.platform as never,
          scheduledStart: v.scheduledStart,
          plannedMinutes: v.plannedMinutes,
          title: v.title,
          scriptUrl: v.scriptUrl || null,
          items: v.items ?? [],
        };
        if (!session && v.repeat) {
          const local = wallClock(v.scheduledStart, zone);
          const r = await scheduleSeries({
            variables: {
              input: {
                traineeId: v.traineeId!,
                platform: common.platform,
                title: common.title,
                scriptUrl: common.scriptUrl,
                items: common.items,
                startTime: local.format('HH:mm'),
                plannedMinutes: v.plannedMinutes,
                weekdays: v.weekdays ?? [],
                from: local.format('YYYY-MM-DD'),
                until: v.endBy === 'date' ? v.until : null,
                count: v.endBy === 'count' ? v.count : null,
              },
            },
          });
          const n = r.data?.scheduleSessionSeries.length ?? 0;
          message.success(t('sched.booked', { n }));
          onClose(undefined, n);
        } else if (session) {
          await update({ variables: { input: { id: session.id, ...common } } });
          onClose(session.id);
        } else {
          const r = await schedule({ variables: { input: { traineeId: v.traineeId!, ...common } } });
          onClose(r.data?.scheduleSession.id);
        }
      },
      { quiet: !session && !!v.repeat },
    );

  const pickProduct = (index: number, productId: string) => {
    const p = catalogue.find((x) => x.id === productId);
    if (!p) return;
    const items = [...(form.getFieldValue('items') as Item[])];
    items[index] = { productId, livePrice: p.suggestedLivePrice, commissionPct: p.commissionPct.replace(/\.00$/, '') };
    form.setFieldsValue({ items });
  };

  return (
    <Drawer
      open={open}
      title={t(session ? 'session.edit' : 'session.new')}
      onClose={() => onClose()}
      size={session ? 640 : 860}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        {session ? (
          <Typography.Paragraph>
            {t('session.streamer')}: <b>{session.traineeName}</b>
          </Typography.Paragraph>
        ) : (
          <Form.Item
            name="traineeId"
            label={t('session.streamer')}
            rules={[{ required: true, message: tv('live.chooseStreamer') }]}
            extra={t('session.streamerHint')}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={(q) => setSearch(q || undefined)}
              loading={trainees.loading}
              aria-label={t('session.streamer')}
              options={streamerOptions}
            />
          </Form.Item>
        )}
        {!session && chosen && (
          <div style={{ marginBottom: 16 }}>
            <WeekView
              traineeId={chosen}
              minutes={
                typeof plannedMinutes === 'number' &&
                plannedMinutes >= MIN_SESSION_MINUTES &&
                plannedMinutes <= MAX_SESSION_MINUTES
                  ? plannedMinutes
                  : undefined
              }
              onZone={setStreamerZone}
              onPickSlot={(iso) => form.setFieldsValue({ scheduledStart: iso })}
            />
          </div>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="scheduledStart"
              label={`${t('session.start')} · ${zoneName(zone, t)}`}
              rules={[{ required: true, message: tv('live.enterStartDateTime') }]}
              {...dateTimeItemProps(zone)}
            >
              <DatePicker
                showTime={{ format: 'HH:mm', minuteStep: 5 }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="plannedMinutes"
              label={t('session.minutes')}
              rules={[
                {
                  required: true,
                  type: 'number',
                  min: MIN_SESSION_MINUTES,
                  max: MAX_SESSION_MINUTES,
                  message: tv('live.minutesBetween', { min: MIN_SESSION_MINUTES, max: MAX_SESSION_MINUTES }),
                },
              ]}
            >
              <InputNumber min={MIN_SESSION_MINUTES} max={MAX_SESSION_MINUTES} step={15} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="platform" label={t('session.platform')}>
              <Select options={platformOptions} />
            </Form.Item>
          </Col>
        </Row>
        {!session && (
          <div data-testid="repeat-section" style={{ marginBottom: 12 }}>
            <Form.Item
              name="repeat"
              valuePropName="checked"
              label={t('sched.repeat')}
              extra={t('sched.repeatHint')}
              style={{ marginBottom: 8 }}
            >
              <Switch aria-label={t('sched.repeat')} />
            </Form.Item>
            {repeat && (
              <Row gutter={12}>
                <Col span={24}>
                  <Form.Item name="weekdays" label={t('sched.weekdays')} extra={t('sched.weekdaysHint')}>
                    <Checkbox.Group
                      options={WEEKDAYS.map((d) => ({ value: d, label: t(`sched.weekday.${d}` as MessageKey) }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item name="endBy" label={t('sched.endBy')}>
                    <Radio.Group
                      options={[
                        { value: 'count', label: t('sched.byCount') },
                        { value: 'date', label: t('sched.byDate') },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col span={14}>
                  {endBy === 'date' ? (
                    <Form.Item
                      name="until"
                      label={t('sched.until')}
                      rules={[{ required: true, message: tv('live.giveEndDateNumberSessions') }]}
                      {...dateItemProps}
                    >
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name="count"
                      label={t('sched.count')}
                      rules={[
                        {
                          required: true,
                          type: 'number',
                          min: 1,
                          max: MAX_SERIES_OCCURRENCES,
                          message: tv('live.mostSessionsAtOnce', { max: MAX_SERIES_OCCURRENCES }),
                        },
                      ]}
                    >
                      <InputNumber
                        min={1}
                        max={MAX_SERIES_OCCURRENCES}
                        style={{ width: '100%' }}
                        aria-label={t('sched.count')}
                      />
                    </Form.Item>
                  )}
                </Col>
              </Row>
            )}
          </div>
        )}
        <Form.Item
          name="title"
          label={t('session.title')}
          rules={[{ required: true, min: 2, message: tv('live.giveSessionTitle') }]}
        >
          <Input placeholder="疏附红枣产地直发专场" />
        </Form.Item>
        <Form.Item
          name="scriptUrl"
          label={t('session.script')}
          rules={[{ type: 'url', message: tv('live.enterWebLink') }]}
        >
          <Input placeholder="https://…" />
        </Form.Item>
        <Typography.Text strong>{t('session.runOfShow')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('session.gateHint')}
        </Typography.Paragraph>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }} data-testid={`item-${i}`}>
                  <Typography.Text style={{ lineHeight: '32px', width: 16 }}>{i + 1}</Typography.Text>
                  <Form.Item
                    name={[f.name, 'productId']}
                    style={{ width: 260 }}
                    rules={[{ required: true, message: tv('common.chooseProduct') }]}
                  >
                    <Select
                      aria-label={`${t('session.product')} ${i + 1}`}
                      showSearch
                      optionFilterProp="label"
                      loading={products.loading}
                      onChange={(v: string) => pickProduct(i, v)}
                      options={catalogue.map((p) => ({
                        value: p.id,
                        label: p.name,
                        disabled: p.status !== 'APPROVED',
                        status: p.status,
                      }))}
                      optionRender={(o) => (
                        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                          <span>{o.data.label}</span>
                          {o.data.status !== 'APPROVED' && <Tag>{enumLabel('ProductStatus', o.data.status)}</Tag>}
                        </Space>
                      )}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'livePrice']} style={{ width: 110 }} rules={[zodRule(moneySchema, tv)]}>
                    <Input aria-label={`${t('session.livePrice')} ${i + 1}`} prefix="¥" />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'commissionPct']}
                    style={{ width: 100 }}
                    rules={[zodRule(percentSchema, tv)]}
                  >
                    <Input aria-label={`${t('session.commission')} ${i + 1}`} suffix="%" />
                  </Form.Item>
                  <MinusCircleOutlined
                    style={{ marginTop: 9 }}
                    onClick={() => remove(f.name)}
                    aria-label={t('session.removeProduct')}
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                {t('session.addProduct')}
              </Button>
            </>
          )}
        </Form.List>
        <Space style={{ display: 'flex' }}>
          <Button type="primary" htmlType="submit" loading={s.loading || u.loading || ss.loading}>
            {t(session ? 'common.save' : 'session.schedule')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
