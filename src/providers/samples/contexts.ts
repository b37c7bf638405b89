/** Realistic surroundings for sample keys: the places keys really get pasted. */

export const dotenv = (name: string, key: string): string => `# local settings\n${name}=${key}\nDEBUG=false\n`;
export const dotenvQuoted = (name: string, key: string): string => `${name}="${key}"\n`;
export const shellExport = (name: string, key: string): string => `export ${name}='${key}'\n`;
export const jsConst = (name: string, key: string): string => `const ${name} = "${key}";\n`;
export const jsObject = (field: string, key: string): string => `const client = new Client({\n  ${field}: '${key}',\n  timeout: 30_000,\n});\n`;
export const pyAssign = (name: string, key: string): string => `import os\n\n${name} = "${key}"\n`;
export const pyKwarg = (call: string, kw: string, key: string): string => `client = ${call}(${kw}="${key}")\n`;
export const goAssign = (name: string, key: string): string => `package main\n\nconst ${name} = "${key}"\n`;
export const yamlEntry = (name: string, key: string): string => `env:\n  ${name}: ${key}\n  LOG_LEVEL: info\n`;
export const jsonEntry = (name: string, key: string): string => `{\n  "${name}": "${key}",\n  "region": "eu-west-1"\n}\n`;
export const curlBearer = (url: string, key: string): string => `curl -s ${url} \\\n  -H "Authorization: Bearer ${key}"\n`;
export const curlHeader = (url: string, header: string, key: string): string => `curl ${url} -H '${header}: ${key}'\n`;
export const tomlEntry = (name: string, key: string): string => `[auth]\n${name} = "${key}"\n`;
