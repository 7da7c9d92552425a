/** The voicemail writer island: the shared writer with only the voicemail templates. */
import WriterApp from './WriterApp';
import { VOICEMAIL_TEMPLATES } from '../../templates/voicemail/templates';

/** The voicemail writer. */
export default function VoicemailWriter() {
  return <WriterApp writer="voicemail" templates={VOICEMAIL_TEMPLATES} />;
}
