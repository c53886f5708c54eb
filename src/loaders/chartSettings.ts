import { CHART_SETTINGS_FILE, readChartSettings } from '../checks/dataFiles';
import { yamlFileLoader } from './yamlFile';

/** The charts' settings (content/data/charts.yml) as a collection of one entry, `charts`. */
export const chartSettingsLoader = (file = CHART_SETTINGS_FILE) => yamlFileLoader({ file, id: 'charts', read: readChartSettings });
