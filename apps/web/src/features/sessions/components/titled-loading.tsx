import { Loading } from '../../../components/ui/loading';
import { useDocumentTitle } from '../../../components/ui/use-document-title';

/** While a page's record loads, the document title already says which page this is. */
export function TitledLoading({ title, label }: { title: string; label: string }) {
  useDocumentTitle(title);
  return <Loading label={label} />;
}
