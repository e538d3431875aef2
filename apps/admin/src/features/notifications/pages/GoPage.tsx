import { Navigate, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { notificationLink } from '../links';

/** /go/<type>/<id>: the link in a robot's message or an email, sent on to the record's page for the reader's role. */
export function GoPage() {
  const { type, id } = useParams();
  const { me } = useAuth();
  return <Navigate to={notificationLink(type?.toUpperCase(), id, me?.role ?? '')} replace />;
}
