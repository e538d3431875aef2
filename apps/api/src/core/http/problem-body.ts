import type { ErrorCode, FieldError, Message } from '@grassroots/domain';

/**
 * The JSON body of a refusal on a plain HTTP route (uploads, downloads, exports), in the shape GraphQL errors have:
 * `code` (BAD_USER_INPUT, …), the message's code and params for translation, the English text, and field errors.
 */
export function problemBody(code: ErrorCode, message: Message, fields?: FieldError[]) {
  return {
    code,
    message: message.message,
    messageCode: message.code,
    ...(message.params ? { params: message.params } : {}),
    ...(fields ? { fields } : {}),
  };
}
