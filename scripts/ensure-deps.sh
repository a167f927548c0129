# Sourced by the scripts behind `npm test` and `npm start`: installs the project's npm packages on a fresh
# clone, and again whenever package-lock.json is newer than the install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
