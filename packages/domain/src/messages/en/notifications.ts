/** notifications: English texts (the fallback `message` sent with each code). */
export const notifications = {
  'notifications.chooseTeamProgram': 'Choose a team or a program',
  'notifications.giveNotificationsMarkAll': 'Give the notifications to mark, or all',
  'notifications.giveRobotName': 'Give the robot a name',
  'notifications.noCredentialsUrlsHostPart': 'No credentials in the URL’s host part',
  'notifications.noSuchTeam': 'No such team',
  'notifications.webhookUrlHttps': 'A webhook URL (https://…)',
  'notifications.webhookUrlsMustUseHttps': 'Webhook URLs must use https',
  'notifications.webhookUrlsPlatformStartHttps': 'Webhook URLs of this platform start with https://{{host}}/',
  'notifications.youDoNotReceiveKind': 'You do not receive this kind of notification',
};
