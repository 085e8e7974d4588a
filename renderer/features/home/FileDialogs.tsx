import { useFileDialog, useOpenDialog } from '../../app/app.store';
import { AboutDialog } from './AboutDialog';
import { ImportTemplateDialog } from './ImportTemplateDialog';
import { NewAwardDialog } from './NewAwardDialog';
import { OpenPathDialog } from './OpenPathDialog';

/** The file dialogs, shown over whichever screen is up (buttons and the native menu open them). */
export function FileDialogs() {
  const dialog = useFileDialog();
  const open = useOpenDialog();
  const close = () => open(null);
  switch (dialog) {
    case 'new':
      return <NewAwardDialog onClose={close} />;
    case 'open':
      return <OpenPathDialog onClose={close} />;
    case 'import':
      return <ImportTemplateDialog onClose={close} />;
    case 'about':
      return <AboutDialog onClose={close} />;
    default:
      return null;
  }
}
