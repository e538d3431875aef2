/** aftersales: English texts (the fallback `message` sent with each code). */
export const aftersales = {
  'aftersales.ticketClosed': 'A closed ticket takes no more comments',
  'aftersales.enterPlatformOrderNumber': 'Enter the platform order number',
  'aftersales.event.productSuspended': 'Product suspended and sent for re-inspection: {{reason}}',
  'aftersales.noSuchLiveSession': 'No such live session',
  'aftersales.notActiveAgent': 'Not an active after-sales agent',
  'aftersales.refundAboveClaim': 'A refund cannot exceed the amount claimed ({{claimed}})',
  'aftersales.rootCauseRequired': 'Say what caused it before resolving',
  'aftersales.sayWhatCustomerReports': 'Say what the customer reports',
  'aftersales.productNotInSession': 'This session did not feature that product',
  'aftersales.staleTicket': 'Someone else changed this ticket since you opened it: reload and try again',
  'aftersales.actionNotAllowed': 'A {{status}} ticket cannot take “{{action}}”',
  'aftersales.writeSomething': 'Write something',
  // Why a 7-day no-reason return does not apply (yet).
  'aftersales.returnWindow.perishable': 'Perishable goods are not eligible for 7-day no-reason returns',
  'aftersales.returnWindow.notDelivered': 'Not delivered yet: the window opens on delivery',
};
