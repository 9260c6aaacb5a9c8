import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';

export default function NotFound() {
  const { pathname } = useLocation();
  usePageTitle('Página no encontrada');
  return (
    <div className="page">
      <h1>Página no encontrada</h1>
      <p>
        No hay nada en <code>{pathname}</code>.
      </p>
      <p>
        <Link to="/">Ir a los artículos</Link>
      </p>
    </div>
  );
}
