import { ApiError, answerOf, type GraphQLAnswer } from '../api';
import { graphql } from '../gql';
import type { UploadDocumentMutation } from '../gql/graphql';
import { bearerHeaders } from '../session';

const UploadDocument = graphql(`
  mutation UploadDocument($file: File!, $materialCode: String) {
    uploadDocument(file: $file, materialCode: $materialCode) {
      id
      name
      size
      format
    }
  }
`);

export type UploadedDocument = UploadDocumentMutation['uploadDocument'];

/**
 * Sends one file as a GraphQL multipart request, reporting how much has gone (0–100). Through
 * XMLHttpRequest because fetch cannot tell how far an upload has got.
 */
export function uploadDocument(
  file: File,
  materialCode: string,
  onProgress: (percent: number) => void,
): Promise<UploadedDocument> {
  const body = new FormData();
  body.set('operations', JSON.stringify({ query: UploadDocument.toString(), variables: { file: null, materialCode } }));
  body.set('map', JSON.stringify({ 0: ['variables.file'] }));
  body.set('0', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    for (const [name, value] of Object.entries(bearerHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      try {
        resolve(answerOf(JSON.parse(xhr.responseText) as GraphQLAnswer<UploadDocumentMutation>).uploadDocument);
      } catch (error) {
        reject(error instanceof ApiError ? error : new ApiError(`HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new ApiError('the upload was interrupted'));
    xhr.send(body);
  });
}
