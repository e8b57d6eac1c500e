/** `/api/v2/scheduled-maintenances/upcoming.json`, in Statuspage's public API v2 shape. */
import { publicArchive } from '../../../../../integration/public-archive.ts';
import { statuspageApi } from '../../../../../model/public/statuspage.ts';

export function GET() {
	return Response.json(statuspageApi(publicArchive())['scheduled-maintenances/upcoming']);
}
