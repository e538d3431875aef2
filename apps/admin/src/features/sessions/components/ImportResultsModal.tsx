import { useMutation } from '@apollo/client/react';
import { readResultsCsv, type StreamPlatform as Platform, StreamPlatform } from '@grassroots/domain';
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { CsvImportModal } from '../../../shared/CsvImportModal';
import { useEnumOptions } from '../../../shared/EnumTag';
import { IMPORT_RESULTS } from '../graphql';

/** Column names as each platform's data screen exports them (the generic English names work everywhere). */
const TEMPLATES: Record<Platform, string> = {
  DOUYIN: '抖音号,开播时间,直播时长,累计观看人次,最高在线人数,涨粉人数,成交订单数,直播间成交金额,千川消耗\n',
  KUAISHOU: '快手号,开播时间,直播时长,累计观看人数,最高在线人数,涨粉数,成交订单数,成交金额,磁力金牛消耗\n',
  TAOBAO_LIVE: '主播昵称,开播时间,直播时长,观看次数,最高在线人数,新增粉丝,成交笔数,成交金额,推广花费\n',
  WECHAT_CHANNELS: '视频号,开播时间,直播时长,观看人次,最高在线人数,新增关注,订单数,销售额,加热消耗\n',
  OTHER: 'account,start,minutes,viewers,peak viewers,new followers,orders,gmv,ad spend\n',
};

/** Imports session results from a platform export: each row is matched to a session by account and start time. */
export function ImportResultsModal({ open, onClose }: { open: boolean; onClose: (changed: boolean) => void }) {
  const { t } = useI18n();
  const [platform, setPlatform] = useState<Platform>('DOUYIN');
  const [importResults] = useMutation(IMPORT_RESULTS);
  const platforms = useEnumOptions('StreamPlatform', Object.values(StreamPlatform));
  return (
    <CsvImportModal
      open={open}
      title={t('session.importTitle')}
      controls={
        <Space orientation="vertical" size={4}>
          <Typography.Text type="secondary">{t('session.importHint')}</Typography.Text>
          <Select
            value={platform}
            onChange={setPlatform}
            options={platforms}
            style={{ width: 180 }}
            aria-label={t('session.platform')}
          />
        </Space>
      }
      template={{ name: `${platform.toLowerCase()}-results-template.csv`, csv: TEMPLATES[platform] }}
      check={(text) => readResultsCsv(text, platform).problems}
      send={async (file) =>
        (await importResults({ variables: { input: { platform: platform as never, ...file } } })).data
          ?.importSessionResults
      }
      onClose={onClose}
    />
  );
}
