/** The columns of a Notification (contracts), from an outbox_messages alias. */
export const notificationColumns = (o = 'o') =>
  `${o}.id, ${o}.kind, ${o}.subject, ${o}.body, ${o}.link, ${o}.created_at AS "createdAt",
   ${o}.read_at AS "readAt", ${o}.emailed_at AS "emailedAt"`;
