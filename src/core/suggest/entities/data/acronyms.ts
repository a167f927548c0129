// Organisations widely known by an acronym or a short name (ORG): agencies, international bodies, parties,
// media, markets. A general list anyone can extend; the rules also learn "Full Name (ACR)" from each text.

export const ORG_ACRONYMS: readonly string[] = [
  // US federal government
  'FBI', 'CIA', 'NSA', 'DHS', 'DOJ', 'DEA', 'ATF', 'ICE', 'CBP', 'USCIS', 'TSA', 'FEMA', 'IRS', 'EPA', 'FDA', 'CDC', 'NIH', 'FAA',
  'FCC', 'FTC', 'SEC', 'NASA', 'NOAA', 'USDA', 'HHS', 'HUD', 'DOD', 'DoD', 'DOE', 'DOT', 'VA', 'GAO', 'CBO', 'OMB', 'NLRB', 'NTSB',
  'OSHA', 'FDIC', 'CFPB', 'CFTC', 'USPS', 'SBA', 'BLS', 'NIST', 'NHTSA', 'FERC', 'NRC', 'USAID', 'DOGE', 'OPM', 'GSA', 'ODNI',
  'NSC', 'USGS', 'BLM', 'EEOC', 'FHFA', 'CMS', 'DACA',
  // International bodies
  'UN', 'U.N.', 'NATO', 'WHO', 'WTO', 'IMF', 'OPEC', 'OECD', 'ASEAN', 'EU', 'E.U.', 'ECB', 'UNICEF', 'UNESCO', 'UNHCR', 'UNRWA',
  'IAEA', 'ICC', 'ICJ', 'IOC', 'FIFA', 'UEFA', 'G7', 'G20', 'BRICS', 'OSCE', 'WFP', 'IOM', 'OAS', 'IPCC', 'ILO', 'IEA',
  // Parties, unions, groups
  'GOP', 'DNC', 'RNC', 'ANC', 'CDU', 'SPD', 'AfD', 'ACLU', 'NAACP', 'NRA', 'AFL-CIO', 'SEIU', 'UAW', 'NFL', 'NBA',
  'MLB', 'NHL', 'MLS', 'NCAA', 'PGA', 'MSF', 'PKK', 'IDF', 'IRGC', 'FARC', 'ELN', 'CJNG', 'MS-13', 'ISIS', 'ISIL', 'RSF', 'SDF',
  // Media and agencies
  'AP', 'AFP', 'BBC', 'CNN', 'CNBC', 'NBC', 'ABC', 'CBS', 'NPR', 'PBS', 'MSNBC', 'HBO', 'ESPN', 'CBC', 'RTÉ', 'ZDF', 'ARD', 'NHK',
  'KBS', 'TASS', 'CCTV', 'CGTN', 'WSJ', 'NYT',
  // Markets and companies
  'NYSE', 'S&P 500', 'S&P', 'FTSE 100', 'DAX', 'Nikkei', 'Nasdaq', 'Dow Jones', 'Dow', 'IBM', 'AMD', 'GM', 'GE', 'BP', 'HSBC',
  'UBS', 'BMW', 'JPMorgan', 'JPMorgan Chase', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup', 'Wells Fargo', 'Bank of America',
  'BlackRock', 'Berkshire Hathaway', 'Treasury', 'Medicare', 'Medicaid',
];
