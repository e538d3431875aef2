import { CheckCircleFilled, CloseCircleFilled, LockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Alert, App, Button, Card, Popconfirm, Space, Tag, Timeline, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import type { SponsorReportFieldsFragment } from '../../../gql/graphql';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/format';
import { problemOf } from '../../../shared/forms';
import { ReasonModal } from '../../../shared/ReasonModal';
import { ACCEPT_REPORT, PREPARE_REPORT, RETURN_REPORT, SUBMIT_REPORT } from '../graphql';

// Answering a returned report (a form with attachments) is the MCN's work: loaded only when a report is returned.
const ResubmitModal = lazy(() => import('./ResubmitModal').then((m) => ({ default: m.ResubmitModal })));

/**
 * Where the period's report stands and what the signed-in user may do next: the MCN prepares and submits; the
 * sponsor accepts the exact snapshot they saw (by hash) or returns it with comments. History below.
 */
export function ReportWorkflow({
  programId,
  period,
  periodOver,
  report,
  liveHash,
  onChange,
}: {
  programId: string;
  period: string;
  periodOver: boolean;
  report: SponsorReportFieldsFragment | null | undefined;
  liveHash: string;
  onChange: () => void;
}) {
  const { t, tv } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [replying, setReplying] = useState(false);
  const [prepare, preparing] = useMutation(PREPARE_REPORT);
  const [submit, submitting] = useMutation(SUBMIT_REPORT);
  const [accept, accepting] = useMutation(ACCEPT_REPORT);
  const [giveBack, givingBack] = useMutation(RETURN_REPORT);
  const run = async (f: () => Promise<unknown>) => {
    try {
      await f();
      message.success(t('common.saved'));
      onChange();
    } catch (e) {
      message.error(tv(problemOf(e)));
    }
  };
  const mayPrepare = can(Permission.REPORTS_PREPARE);
  const mayReview = can(Permission.REPORTS_REVIEW);

  return (
    <Card size="small" title={t('report.status')} data-testid="report-workflow">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          {report ? (
            <EnumTag type="ReportStatus" value={report.status} />
          ) : (
            <Tag>{t(mayReview ? 'report.notSubmittedYet' : 'report.notPrepared')}</Tag>
          )}
          {report?.status === 'ACCEPTED' && <LockOutlined />}
          {mayPrepare &&
            !report &&
            (periodOver ? (
              <Button
                type="primary"
                loading={preparing.loading}
                onClick={() => run(() => prepare({ variables: { input: { programId, period } } }))}
              >
                {t('report.prepare')}
              </Button>
            ) : (
              <Typography.Text type="secondary">{t('report.periodNotOver')}</Typography.Text>
            ))}
          {mayPrepare && report?.status === 'RETURNED' && (
            <Button type="primary" onClick={() => setReplying(true)}>
              {t('report.reply.action')}
            </Button>
          )}
          {mayPrepare && report && report.status === 'DRAFT' && (
            <Popconfirm
              title={t('report.submitConfirm')}
              onConfirm={() =>
                run(() => submit({ variables: { input: { reportId: report.id, version: report.version } } }))
              }
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
            >
              <Button type="primary" loading={submitting.loading}>
                {t('report.submit')}
              </Button>
            </Popconfirm>
          )}
          {mayReview && report?.status === 'SUBMITTED' && (
            <>
              <Popconfirm
                title={<div style={{ maxWidth: 320 }}>{t('report.acceptConfirm')}</div>}
                onConfirm={() =>
                  run(() =>
                    accept({ variables: { input: { reportId: report.id, snapshotHash: report.snapshotHash! } } }),
                  )
                }
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
              >
                <Button type="primary" loading={accepting.loading}>
                  {t('report.accept')}
                </Button>
              </Popconfirm>
              <Button danger onClick={() => setReturning(true)}>
                {t('report.return')}
              </Button>
            </>
          )}
        </Space>
        {report?.status === 'RETURNED' && report.returnComments && (
          <Alert type="warning" showIcon title={t('report.returnedWith')} description={report.returnComments} />
        )}
        <div>
          <Typography.Text type="secondary">
            {report?.snapshotHash ? t('report.hash') : t('report.liveHash')}
          </Typography.Text>
          <br />
          <Typography.Paragraph
            code
            copyable
            style={{ fontSize: 11, wordBreak: 'break-all', marginBottom: 0 }}
            data-testid="report-hash"
          >
            {report?.snapshotHash ?? liveHash}
          </Typography.Paragraph>
          {report?.hashVerified === true && (
            <Typography.Text type="success" style={{ display: 'block', fontSize: 12 }}>
              <CheckCircleFilled /> {t('report.hashVerified')}
            </Typography.Text>
          )}
          {report?.hashVerified === false && (
            <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
              <CloseCircleFilled /> {t('report.hashBroken')}
            </Typography.Text>
          )}
        </div>
        {report && report.events.length > 0 && (
          <>
            <Typography.Text type="secondary">{t('report.history')}</Typography.Text>
            <Timeline
              style={{ marginTop: 8 }}
              items={report.events.map((e) => ({
                color: e.action === 'ACCEPT' ? 'green' : e.action === 'RETURN' ? 'orange' : 'blue',
                content: (
                  <div>
                    <Typography.Text strong>{t(`report.action.${e.action}` as MessageKey)}</Typography.Text> ·{' '}
                    {e.actorName} · {formatDateTime(e.at)}
                    {e.comments && (
                      <div>
                        <Typography.Text type="secondary">{e.comments}</Typography.Text>
                      </div>
                    )}
                    {e.snapshotHash && e.action === 'SUBMIT' && (
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                          SHA-256 {e.snapshotHash.slice(0, 16)}…
                        </Typography.Text>
                      </div>
                    )}
                  </div>
                ),
              }))}
            />
          </>
        )}
      </Space>
      {mayPrepare && report?.status === 'RETURNED' && (
        <Suspense fallback={null}>
          <ResubmitModal
            report={report}
            open={replying}
            onClose={(sent) => {
              setReplying(false);
              if (sent) onChange();
            }}
          />
        </Suspense>
      )}
      <ReasonModal
        open={returning}
        title={t('report.returnTitle')}
        label={t('report.returnLabel')}
        requiredMessage={t('report.returnRequired')}
        loading={givingBack.loading}
        onCancel={() => setReturning(false)}
        onSubmit={async (comments) => {
          await giveBack({ variables: { input: { reportId: report!.id, comments } } });
          setReturning(false);
          onChange();
        }}
      />
    </Card>
  );
}
