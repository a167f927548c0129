// Organisation cues: general lists anyone can extend.
import { ORG_ACRONYMS } from './acronyms';

/** Last words that make a capitalised name an organisation: "Apple Inc.", "Labour Party", "Sinaloa Cartel". */
export const ORG_HEADS: readonly string[] = [
  'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Ltd.', 'Ltd', 'LLC', 'L.L.C.', 'LLP', 'PLC', 'plc', 'GmbH', 'AG', 'S.A.', 'Co.',
  'Company', 'Companies', 'Group', 'Holdings', 'Partners', 'Party', 'University', 'College', 'Academy', 'School', 'Court',
  'Bank', 'Association', 'Institute', 'Institution', 'Foundation', 'Fund', 'Trust', 'Society', 'Federation', 'Union', 'League',
  'Alliance', 'Coalition', 'Council', 'Commission', 'Committee', 'Department', 'Ministry', 'Agency', 'Bureau', 'Office',
  'Administration', 'Authority', 'Board', 'Service', 'Services', 'Police', 'Patrol', 'Guard', 'Guards', 'Army', 'Navy',
  'Air Force', 'Marines', 'Marine Corps', 'Corps', 'Forces', 'Force', 'Command', 'Cartel', 'Gang', 'Brigade', 'Brigades',
  'Network', 'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Press', 'Media', 'Broadcasting', 'Television',
  'Radio', 'Senate', 'Congress', 'Parliament', 'Assembly', 'Cabinet', 'Legislature', 'Church', 'Organization', 'Organisation',
  'Center', 'Centre', 'Hospital', 'Clinic', 'Laboratory', 'Laboratories', 'Labs', 'Motors', 'Airlines', 'Airways', 'Systems',
  'Technologies', 'Pharmaceuticals', 'Industries', 'Enterprises', 'Club', 'FC', 'Team', 'Caucus', 'Movement', 'Front',
  'Tribunal', 'Secretariat', 'Directorate', 'Prosecutor’s Office', "Prosecutor's Office", 'Attorney’s Office', "Attorney's Office",
  'District', 'Exchange', 'Reserve', 'Ministries', 'Councils', 'Unions', 'Agencies', 'Departments', 'Cartels',
];

/** Last words of company names (ORG, a little less sure): "Kessler Chemical", "Halden Capital". */
export const COMPANY_HEADS: readonly string[] = [
  'Chemical', 'Chemicals', 'Energy', 'Capital', 'Financial', 'Securities', 'Insurance', 'Pharma', 'Foods', 'Electric', 'Power',
  'Petroleum', 'Oil', 'Steel', 'Mining', 'Communications', 'Telecom', 'Entertainment', 'Studios', 'Records', 'Software',
  'Solutions', 'Logistics', 'Healthcare', 'Bancorp', 'Brands', 'Investments', 'Ventures', 'Consulting', 'Management',
  'Airline', 'Railway', 'Railroad', 'Transit', 'Utilities', 'Manufacturing', 'Construction', 'Motor', 'Automotive',
  'Semiconductor', 'Biotech', 'Therapeutics', 'Robotics', 'Analytics', 'Digital', 'Labs', 'Wireless', 'Aerospace',
  'Defense', 'Shipping', 'Trading', 'Realty', 'Properties', 'Hotels', 'Resorts', 'Restaurants', 'Stores', 'Markets',
];

/** First words of "X of Y" organisation names: "Department of Justice", "Bank of England". */
export const ORG_STARTS: readonly string[] = [
  'Department', 'Office', 'Agency', 'Bureau', 'Ministry', 'Council', 'Commission', 'Committee', 'University', 'Bank',
  'Board', 'Court', 'Institute', 'Association', 'Federation', 'Church', 'Order', 'League', 'Union', 'House', 'Chamber',
  'Secretariat', 'Organization', 'Organisation', 'Party', 'Army', 'Navy', 'Government',
];

/** Organisations best known by their acronym or short name. */
export const ORG_NAMES: readonly string[] = [
  ...ORG_ACRONYMS,
  'Pentagon', 'Homeland Security', 'Border Patrol', 'Coast Guard', 'Defense Department', 'Congress', 'Senate', 'Supreme Court', 'Federal Reserve', 'Fed', 'Secret Service', 'National Guard', 'Interpol',
  'Europol', 'United Nations', 'World Bank', 'European Union', 'African Union', 'European Commission', 'European Parliament', 'European Central Bank', 'ECB',
  'Red Cross', 'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Hamas', 'Hezbollah', 'Taliban', 'ISIS', 'ISIL',
  'Islamic State', 'al-Qaeda', 'Al Qaeda', 'Wagner', 'MS-13', 'Tren de Aragua', 'CJNG', 'Kremlin',
  'House of Representatives', 'House of Commons', 'House of Lords', 'Bundestag', 'Knesset', 'Duma', 'Associated Press',
  'Reuters', 'Fox News', 'Bloomberg', 'NewsNation', 'White House', 'Supreme Court', 'Justice Department', 'State Department',
  'New York Times', 'Washington Post', 'Wall Street Journal', 'Guardian', 'Al Jazeera', 'Politico', 'Axios', 'Google', 'Apple',
  'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Twitter', 'TikTok', 'YouTube', 'Instagram', 'OpenAI', 'Tesla', 'SpaceX', 'Nvidia',
  'Boeing', 'Walmart', 'ExxonMobil', 'Pfizer', 'Moderna', 'Antifa', 'Proud Boys', 'Oath Keepers',
];

/** Words that make "<Name> <word>" an organisation though the word is lower case: "the Trump administration". */
export const ORG_LOWER_HEADS: readonly string[] = ['administration', 'government', 'campaign'];

/** Organisations whose name includes "The" (written with a capital): "The Associated Press", "The New York Times". */
export const THE_NAMES: readonly string[] = [
  'Associated Press', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Guardian', 'Economist', 'Atlantic',
  'New Yorker', 'Times', 'Telegraph', 'Independent', 'Observer', 'Hill', 'Boston Globe', 'Los Angeles Times', 'Financial Times',
  'Salvation Army', 'Hague Group', 'Beatles', 'Rolling Stones', 'Walt Disney Company', 'Home Depot', 'Body Shop',
];
