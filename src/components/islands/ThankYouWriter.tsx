/** The thank-you writer island: the shared writer with only the thank-you templates. */
import WriterApp from './WriterApp';
import { THANK_YOU_TEMPLATES } from '../../templates/thank-you/templates';

/** The thank-you writer. */
export default function ThankYouWriter() {
  return <WriterApp writer="thank-you" templates={THANK_YOU_TEMPLATES} />;
}
