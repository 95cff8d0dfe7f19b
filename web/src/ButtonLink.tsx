import { Button, type ButtonProps } from 'antd';
import { useHref, useLinkClickHandler, type To } from 'react-router';

/**
 * A link that looks like a button: one element, an `<a>` with its address, so it can be opened
 * in a new tab and is read as a link, and a plain click navigates inside the desk the way
 * react-router's Link does (a button inside a Link would be two controls in one).
 */
export function ButtonLink({ to, ...button }: Omit<ButtonProps, 'href' | 'onClick'> & { to: To }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLElement>(to);
  return <Button {...button} href={href} onClick={navigate} />;
}
