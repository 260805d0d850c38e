console.error('not implemented yet');
process.exit(2);
