/** Whether bytes begin as a zip file does (its first local header's signature, `PK\x03\x04`). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
