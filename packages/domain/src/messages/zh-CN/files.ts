import type { files as en } from '../en/files';
import type { Translation } from '../types';

/** files: Chinese texts. */
export const files: Translation<typeof en> = {
  'files.attachAsFileField': '请以字段 "file" 附加文件',
  'files.imageDamaged': '图片已损坏或不完整',
  'files.largerThan5Mb': '文件超过 5 MB',
  'files.mostFilesPerSubmission': '每份作业最多 {{max}} 个文件',
  'files.nameDoesNotMatchContent': '文件名与内容不符',
  'files.noFile': '没有文件',
  'files.noSuchUploadKind': '没有这种上传类型',
  'files.notAllowedToUpload': '你无权上传此文件',
  'files.notExcelWorkbook': '不是 Excel 工作簿（.xlsx）',
  'files.onlyBeforeHandedIn': '作业提交前才能添加文件',
  'files.onlyImagesOrPdf': '只能上传 JPEG、PNG、WebP 或 PDF',
  'files.onlyPhotos': '只能上传 JPEG、PNG 或 WebP 照片',
  'files.onlyPracticeTypes': '只能上传 MP4、MOV、WebM 视频，或 PDF、Word（.docx）、纯文本脚本',
  'files.onlyReportAttachments': '仅支持 PDF、JPEG、PNG、WebP、XLSX 或 CSV',
  'files.practiceTooLarge': '视频最大 50 MB，脚本最大 5 MB',
  'files.workbookTooLarge': '工作簿解压后过大',
  'files.uploadInterrupted': '上传中断了',
  'files.tooManyUploadsUser': '同时最多上传 {{max}} 个文件：请等一个传完',
  'files.tooManyUploadsServer': '服务器正在接收很多上传：请稍后再试',
};
