/** The check-in writer island: the shared writer with only the check-in templates. */
import WriterApp from './WriterApp';
import { CHECK_IN_TEMPLATES } from '../../templates/check-in/templates';

/** The check-in writer. */
export default function CheckInWriter() {
  return <WriterApp writer="check-in" templates={CHECK_IN_TEMPLATES} />;
}
