/** files: English texts (the fallback `message` sent with each code). */
export const files = {
  'files.attachAsFileField': 'Attach the file as the field "file"',
  'files.imageDamaged': 'The image is damaged or incomplete',
  'files.largerThan5Mb': 'The file is larger than 5 MB',
  'files.mostFilesPerSubmission': 'At most {{max}} files on one submission',
  'files.nameDoesNotMatchContent': 'The file name does not match its content',
  'files.noFile': 'No file',
  'files.noSuchUploadKind': 'No such upload kind',
  'files.notAllowedToUpload': 'You are not allowed to upload this',
  'files.notExcelWorkbook': 'Not an Excel workbook (.xlsx)',
  'files.onlyBeforeHandedIn': 'Files can be added only before the work is handed in',
  'files.onlyImagesOrPdf': 'Only JPEG, PNG, WebP or PDF',
  'files.onlyPhotos': 'Only JPEG, PNG or WebP photos',
  'files.onlyPracticeTypes': 'Only MP4, MOV or WebM videos, or PDF, Word (.docx) or text scripts',
  'files.onlyReportAttachments': 'Only PDF, JPEG, PNG, WebP, XLSX or CSV',
  'files.practiceTooLarge': 'Videos up to 50 MB, scripts up to 5 MB',
  'files.workbookTooLarge': 'The workbook is too large once unpacked',
};
