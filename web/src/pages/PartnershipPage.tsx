import { useParams } from 'react-router-dom';
import PartnershipDetail from '../components/PartnershipDetail';

export default function PartnershipPage() {
  const { id = '' } = useParams();
  return (
    <div className="page">
      <PartnershipDetail id={id} showTitle manage />
    </div>
  );
}
